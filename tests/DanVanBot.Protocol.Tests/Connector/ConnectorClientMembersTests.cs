using DanVanBot.Protocol.Connector;

namespace DanVanBot.Protocol.Tests.Connector;

/// <summary>The Teams member APIs against a real loopback listener: paged members of a team, one member.</summary>
public sealed class ConnectorClientMembersTests : IAsyncLifetime
{
    private LoopbackConnector _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GetPagedMembersAsync_TwoPages_FollowsTheTokenAndReadsObjectIdAndUpn()
    {
        _server.Answer(
            new ScriptedResponse(200, """
                {"continuationToken":"a+b/c=","members":[
                  {"id":"29:1","name":"Nguyễn Văn An","objectId":"6f3b4c1e-0000-0000-0000-000000000001","userPrincipalName":"an@quan7.gov.vn","email":"an@quan7.gov.vn","tenantId":"t1","userRole":"user"}]}
                """),
            new ScriptedResponse(200, """{"members":[{"id":"29:2","name":"Trần Thị Bình","objectId":"6f3b4c1e-0000-0000-0000-000000000002","userPrincipalName":"binh@quan7.gov.vn"}]}"""));
        var client = ConnectorClients.Create(new CountingTokenProvider());

        var first = await client.GetPagedMembersAsync(_server.BaseUrl + "/teams/", "19:team@thread.tacv2", 100, null, CancellationToken.None);
        var second = await client.GetPagedMembersAsync(_server.BaseUrl + "/teams/", "19:team@thread.tacv2", 100, first.Value!.ContinuationToken, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Succeeded, first.Outcome);
        var an = Assert.Single(first.Value.Members!);
        Assert.Equal(("6f3b4c1e-0000-0000-0000-000000000001", "an@quan7.gov.vn", "Nguyễn Văn An"), (an.EntraObjectId, an.UserPrincipalName, an.Name));
        Assert.Null(second.Value!.ContinuationToken);
        Assert.Equal("binh@quan7.gov.vn", Assert.Single(second.Value.Members!).UserPrincipalName);
        var requests = _server.Requests;
        Assert.Equal(("GET", "/teams/v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers?pageSize=100"), (requests[0].Method, requests[0].RawTarget));
        Assert.Equal("/teams/v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers?pageSize=100&continuationToken=a%2Bb%2Fc%3D", requests[1].RawTarget);
        Assert.Equal("", requests[0].Body);
    }

    [Fact]
    public async Task GetMemberAsync_UserId_EscapedAndReadsUpn()
    {
        _server.Answer(new ScriptedResponse(200, """{"id":"29:1","objectId":"oid-1","userPrincipalName":"an@quan7.gov.vn"}"""));
        var client = ConnectorClients.Create(new CountingTokenProvider());

        var member = await client.GetMemberAsync(_server.BaseUrl, "a:1", "29:1", CancellationToken.None);

        Assert.Equal(("oid-1", "an@quan7.gov.vn"), (member.Value?.EntraObjectId, member.Value?.UserPrincipalName));
        Assert.Equal("/v3/conversations/a%3A1/members/29%3A1", Assert.Single(_server.Requests).RawTarget);
    }

    [Fact]
    public async Task GetPagedMembersAsync_BotNotInTeam_ReportsNotInstalled()
    {
        _server.Answer(new ScriptedResponse(403, """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}"""));
        var client = ConnectorClients.Create(new CountingTokenProvider());

        var result = await client.GetPagedMembersAsync(_server.BaseUrl, "19:team", 100, null, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.NotInstalled, result.Outcome);
        Assert.Null(result.Value);
    }
}
