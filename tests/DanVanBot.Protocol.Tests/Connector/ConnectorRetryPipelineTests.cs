using System.Net;
using System.Net.Http.Headers;
using DanVanBot.Protocol.Connector;

namespace DanVanBot.Protocol.Tests.Connector;

public sealed class ConnectorRetryPipelineTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("5", 5)]
    [InlineData("0", 0)]
    [InlineData("3600", 60)]
    [InlineData("Tue, 10 Mar 2026 08:00:07 GMT", 7)]
    [InlineData("Tue, 10 Mar 2026 07:59:00 GMT", 0)]
    public void RetryAfter_ThrottledResponse_ReadsDeltaOrDateCappedAtMaxDelay(string header, int expectedSeconds)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", header);

        var delay = ConnectorRetryPipeline.RetryAfter(response, Now, MaxDelay);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), delay);
    }

    [Fact]
    public void RetryAfter_ThrottledWithoutHeader_LeavesTheBackoffToPolly()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.Null(ConnectorRetryPipeline.RetryAfter(response, Now, MaxDelay));
    }

    [Fact]
    public void RetryAfter_ServiceUnavailableWithHeader_IsIgnoredInFavourOfBackoff()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(30));

        Assert.Null(ConnectorRetryPipeline.RetryAfter(response, Now, MaxDelay));
    }
}
