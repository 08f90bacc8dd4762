using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DanVanBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace DanVanBot.Protocol.Connector;

/// <summary>
/// Bot Connector REST v3 over HttpClient (spec §2). The caller builds the activity; this class only
/// checks where it goes, authenticates, sends, retries what is worth retrying and says what happened.
/// </summary>
public sealed class ConnectorClient(
    HttpClient httpClient,
    IBotTokenProvider tokenProvider,
    ServiceUrlPolicy serviceUrlPolicy,
    ConnectorRetryPipeline retryPipeline,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    public Task<ConnectorResult<ResourceResponse>> SendAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(serviceUrl, HttpMethod.Post, ConnectorRoutes.Activities(conversationId),
            Serialize(activity, ProtocolJsonContext.Default.Activity), ProtocolJsonContext.Default.ResourceResponse,
            cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> ReplyAsync(
        string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(serviceUrl, HttpMethod.Post, ConnectorRoutes.Activity(conversationId, replyToId),
            Serialize(activity, ProtocolJsonContext.Default.Activity), ProtocolJsonContext.Default.ResourceResponse,
            cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> UpdateAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(serviceUrl, HttpMethod.Put, ConnectorRoutes.Activity(conversationId, activityId),
            Serialize(activity, ProtocolJsonContext.Default.Activity), ProtocolJsonContext.Default.ResourceResponse,
            cancellationToken);

    public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        CallAsync(serviceUrl, HttpMethod.Post, ConnectorRoutes.Conversations,
            Serialize(parameters, ProtocolJsonContext.Default.ConversationParameters),
            ProtocolJsonContext.Default.ConversationResourceResponse, cancellationToken);

    public Task<ConnectorResult<TeamsPagedMembers>> GetPagedMembersAsync(
        string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        CallAsync(serviceUrl, HttpMethod.Get, ConnectorRoutes.PagedMembers(conversationId, pageSize, continuationToken),
            body: null, ProtocolJsonContext.Default.TeamsPagedMembers, cancellationToken);

    public Task<ConnectorResult<TeamsChannelAccount>> GetMemberAsync(
        string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) =>
        CallAsync(serviceUrl, HttpMethod.Get, ConnectorRoutes.Member(conversationId, userId),
            body: null, ProtocolJsonContext.Default.TeamsChannelAccount, cancellationToken);

    private async Task<ConnectorResult<TResponse>> CallAsync<TResponse>(
        string serviceUrl, HttpMethod method, string path, byte[]? body, JsonTypeInfo<TResponse> responseType,
        CancellationToken cancellationToken)
    {
        // The allow-list check comes before the token so a refused host never causes a token request either.
        if (!serviceUrlPolicy.TryGetBaseUri(serviceUrl, out var baseUri))
        {
            ConnectorLog.HostNotAllowed(logger, serviceUrl);
            return new(ConnectorOutcome.HostNotAllowed, default, null, null, "serviceUrl host is not an allowed Connector host");
        }

        var uri = ConnectorRoutes.Combine(baseUri, path);
        try
        {
            var token = await tokenProvider.GetTokenAsync(forceRefresh: false, cancellationToken).ConfigureAwait(false);
            var response = await SendWithRetriesAsync(method, uri, body, token, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Unauthorized && token is not null)
            {
                // A token can be revoked or rotated before its expiry; one fresh token is worth one more try.
                ConnectorLog.RefreshingToken(logger, ConnectorRetryPipeline.MsCv(response));
                response.Dispose();
                token = await tokenProvider.GetTokenAsync(forceRefresh: true, cancellationToken).ConfigureAwait(false);
                response = await SendWithRetriesAsync(method, uri, body, token, cancellationToken).ConfigureAwait(false);
            }

            using (response)
            {
                return await ReadAsync(method, path, response, responseType, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (BotTokenException ex)
        {
            return new(ConnectorOutcome.Failed, default, null, ex.ErrorCode, ex.Message);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException)
        {
            ConnectorLog.Unreachable(logger, method.Method, path, ex);
            var code = ex is TimeoutRejectedException ? "Timeout" : "Unreachable";
            return new(ConnectorOutcome.Failed, default, null, code, ex.Message);
        }
    }

    private async Task<HttpResponseMessage> SendWithRetriesAsync(
        HttpMethod method, Uri uri, byte[]? body, string? token, CancellationToken cancellationToken) =>
        await retryPipeline.Pipeline.ExecuteAsync(
            async attemptToken =>
            {
                // A request message cannot be sent twice, so every attempt builds its own.
                using var request = new HttpRequestMessage(method, uri);
                if (body is not null) request.Content = new ByteArrayContent(body) { Headers = { ContentType = JsonMediaType } };
                if (token is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                return await httpClient.SendAsync(request, attemptToken).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);

    private async Task<ConnectorResult<TResponse>> ReadAsync<TResponse>(
        HttpMethod method, string path, HttpResponseMessage response, JsonTypeInfo<TResponse> responseType,
        CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var msCv = ConnectorRetryPipeline.MsCv(response);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            ConnectorLog.Sent(logger, method.Method, path, status, msCv);
            return new(ConnectorOutcome.Succeeded, ParseSuccessBody(method, path, status, msCv, text, responseType), status, null, null);
        }

        var error = ConnectorError.Parse(text);
        var outcome = ConnectorOutcomeMap.For(response.StatusCode, error.Code);
        ConnectorLog.Failed(logger, method.Method, path, status, error.Code, error.Message, outcome, msCv);
        return new(outcome, default, status, error.Code, error.Message) { RetryAfter = retryPipeline.RetryAfterOf(response) };
    }

    // A 2xx means Teams accepted the message, so an empty (Playground: 202 with no body) or odd body
    // is still a success; only the id is missing.
    private TResponse? ParseSuccessBody<TResponse>(
        HttpMethod method, string path, int status, string? msCv, string text, JsonTypeInfo<TResponse> responseType)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize(text, responseType);
        }
        catch (JsonException)
        {
            ConnectorLog.UnreadableSuccessBody(logger, method.Method, path, status, msCv);
            return default;
        }
    }

    private static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
}
