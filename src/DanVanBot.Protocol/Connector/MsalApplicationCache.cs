using System.Collections.Concurrent;
using Microsoft.Identity.Client;

namespace DanVanBot.Protocol.Connector;

/// <summary>
/// Holds one MSAL confidential client per (app id, authority) for the process lifetime, because
/// MSAL's token cache lives inside the application object: a new object per call means a new token per call.
/// </summary>
public sealed class MsalApplicationCache
{
    private readonly ConcurrentDictionary<(string AppId, string Authority), Lazy<IConfidentialClientApplication>> _apps = new();

    public int Count => _apps.Count;

    public IConfidentialClientApplication GetOrCreate(
        string appId, string authority, Func<IConfidentialClientApplication> create) =>
        _apps.GetOrAdd((appId, authority), _ => new Lazy<IConfidentialClientApplication>(create)).Value;
}
