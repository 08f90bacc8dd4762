using DanVanBot.Protocol.Auth;
using DanVanBot.Protocol.Tests.TestSupport;

namespace DanVanBot.Protocol.Tests.Auth;

/// <summary>xunit makes one instance per test, so every test gets its own metadata server and caches.</summary>
public abstract class AuthKitTestBase : IAsyncLifetime
{
    protected AuthTestKit Kit { get; private set; } = null!;

    public async Task InitializeAsync() => Kit = await AuthTestKit.StartAsync();

    public async Task DisposeAsync() => await Kit.DisposeAsync();

    protected AuthTestAuthenticator Create(Action<BotAuthenticationOptions>? configure = null, string environment = "Production") =>
        Kit.CreateAuthenticator(configure, environment);

    protected static void AssertFailed(AuthenticationOutcome outcome, string expectedReasonFragment)
    {
        Assert.False(outcome.Succeeded);
        Assert.Null(outcome.Identity);
        Assert.Contains(expectedReasonFragment, outcome.FailureReason, StringComparison.OrdinalIgnoreCase);
    }
}
