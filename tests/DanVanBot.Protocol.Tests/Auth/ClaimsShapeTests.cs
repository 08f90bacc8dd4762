using System.Security.Claims;
using DanVanBot.Protocol.Auth;
using DanVanBot.Protocol.Tests.TestSupport;

namespace DanVanBot.Protocol.Tests.Auth;

/// <summary>Spec §6 cases 27–30, and the Entra paths B and C.</summary>
public sealed class ClaimsShapeTests : AuthKitTestBase
{
    private const string OwnTenant = "11111111-2222-3333-4444-555555555555";

    [Fact] // 27
    public async Task Authenticate_SkillShapedChannelToken_Fails()
    {
        var token = Kit.CreateChannelToken(configure: s => { s.Claims["ver"] = "1.0"; s.Claims["appid"] = "other-bot"; });

        var outcome = await Create().AuthenticateBearerAsync(token);

        AssertFailed(outcome, "Skill-shaped");
    }

    [Theory] // 27, 28: skill-shaped Entra tokens need an allowed caller
    [InlineData(true, "2.0", "azp", "other-bot", null)]
    [InlineData(false, "1.0", "appid", "other-bot", null)]
    [InlineData(true, "2.0", "azp", "other-bot", "someone-else")]
    [InlineData(true, "2.0", "azp", "AnonymousSkill", "AnonymousSkill")]
    public async Task Authenticate_SkillShapedEntraTokenFromUnlistedCaller_Fails(bool v2, string ver, string callerClaim, string caller, string? allowed)
    {
        var auth = Create(o => o.AllowedCallerAppIds = allowed is null ? null : [allowed]);
        var token = Kit.CreateEntraToken(v2: v2, configure: s => { s.Claims["ver"] = ver; s.Claims[callerClaim] = caller; });

        AssertFailed(await auth.AuthenticateBearerAsync(token), "Skill-shaped");
    }

    [Fact] // 27: with the caller allow-listed (the claims validator) the token passes
    public async Task Authenticate_SkillShapedEntraTokenFromAllowedCaller_Succeeds()
    {
        var auth = Create(o => o.AllowedCallerAppIds = ["abs-service"]);
        var token = Kit.CreateEntraToken(configure: s => s.Claims["azp"] = "abs-service");

        var outcome = await auth.AuthenticateBearerAsync(token);

        Assert.True(outcome.Succeeded, outcome.FailureReason);
    }

    [Theory] // path B: v1 and v2 issuers of each ABS tenant
    [InlineData("d6d49420-f39b-4df7-a1dc-d59a935871db", true)]
    [InlineData("f8cdef31-a31e-4b4a-93e4-5f571e91255a", false)]
    [InlineData("69e9b82d-4842-4902-8d1e-abc5b98a55e8", true)]
    public async Task Authenticate_BotServiceEntraToken_Succeeds(string tenant, bool v2)
    {
        var outcome = await Create().AuthenticateBearerAsync(Kit.CreateEntraToken(tenant, v2));

        Assert.True(outcome.Succeeded, outcome.FailureReason);
    }

    [Fact] // path B: switched off
    public async Task Authenticate_BotServiceEntraTokenWhenDisabled_Fails()
    {
        var outcome = await Create(o => o.AcceptBotServiceEntraTokens = false).AuthenticateBearerAsync(Kit.CreateEntraToken());

        AssertFailed(outcome, "issuer");
    }

    [Theory] // path B: tid must be the issuer's tenant
    [InlineData("f8cdef31-a31e-4b4a-93e4-5f571e91255a")]
    [InlineData(null)]
    public async Task Authenticate_BotServiceEntraTokenWithOtherTid_Fails(string? tid)
    {
        var token = Kit.CreateEntraToken(configure: s => { if (tid is null) { s.Claims.Remove("tid"); } else { s.Claims["tid"] = tid; } });

        AssertFailed(await Create().AuthenticateBearerAsync(token), "tid");
    }

    [Fact] // path B: a serviceurl claim, when present, must match
    public async Task Authenticate_BotServiceEntraTokenWithOtherServiceUrl_Fails()
    {
        var token = Kit.CreateEntraToken(configure: s => s.Claims["serviceurl"] = "https://evil.example/");

        AssertFailed(await Create().AuthenticateBearerAsync(token), "serviceurl claim mismatch");
    }

    [Fact] // path C: accepted only in Development with the switch on
    public async Task Authenticate_OwnTenantToken_DevelopmentOnly()
    {
        void Configure(BotAuthenticationOptions o) { o.MicrosoftAppTenantId = OwnTenant; o.AcceptOwnTenantTokensInDevelopment = true; }
        var token = Kit.CreateEntraToken(OwnTenant);

        Assert.True((await Create(Configure, "Development").AuthenticateBearerAsync(token)).Succeeded);
        AssertFailed(await Create(Configure, "Production").AuthenticateBearerAsync(token), "issuer");
    }

    [Theory] // 29
    [InlineData(true, null, null, "Missing ver")]
    [InlineData(false, "1.0", null, "Missing appid")]
    [InlineData(true, "2.0", null, "Missing azp")]
    [InlineData(true, "3.0", "{app}", "Unknown ver")]
    [InlineData(true, "2.0", "stranger-app", "not allowed")]
    public async Task Authenticate_OwnTenantTokenWithBadCaller_Fails(bool v2, string? ver, string? caller, string reason)
    {
        var auth = Create(o => { o.MicrosoftAppTenantId = OwnTenant; o.AcceptOwnTenantTokensInDevelopment = true; }, "Development");
        var token = Kit.CreateEntraToken(OwnTenant, v2, s =>
        {
            s.Claims.Remove("ver");
            s.Claims.Remove("appid");
            s.Claims.Remove("azp");
            if (ver is not null) { s.Claims["ver"] = ver; }
            if (caller is not null) { s.Claims[v2 ? "azp" : "appid"] = caller.Replace("{app}", Kit.AppId, StringComparison.Ordinal); }
        });

        AssertFailed(await auth.AuthenticateBearerAsync(token), reason);
    }

    [Fact] // 29: aud must be our App ID even when appid is
    public async Task Authenticate_OwnTenantTokenWithOtherAudience_Fails()
    {
        var auth = Create(o => { o.MicrosoftAppTenantId = OwnTenant; o.AcceptOwnTenantTokensInDevelopment = true; }, "Development");
        var token = Kit.CreateEntraToken(OwnTenant, configure: s => s.Audience = "another-app");

        AssertFailed(await auth.AuthenticateBearerAsync(token), "audience");
    }

    [Theory] // 30
    [InlineData(null, "v1app", "v2app", "v1app")]
    [InlineData("1.0", "v1app", "v2app", "v1app")]
    [InlineData("2.0", "v1app", "v2app", "v2app")]
    [InlineData("2.0", "v1app", null, null)]
    [InlineData("1.0", null, "v2app", null)]
    [InlineData("9.9", "v1app", "v2app", null)]
    public void GetAppIdFromClaims_ByVersion_PicksAppIdOrAzp(string? ver, string? appid, string? azp, string? expected)
    {
        var claims = new List<Claim>();
        if (ver is not null) { claims.Add(new Claim("ver", ver)); }
        if (appid is not null) { claims.Add(new Claim("appid", appid)); }
        if (azp is not null) { claims.Add(new Claim("azp", azp)); }

        Assert.Equal(expected, BotClaims.GetAppIdFromClaims(claims));
    }

    [Theory] // 28: shapes that are not skill tokens
    [InlineData(null, "bot", "other", false)]
    [InlineData("1.0", null, "other", false)]
    [InlineData("1.0", "bot", null, false)]
    [InlineData("1.0", "bot", "bot", false)]
    [InlineData("1.0", "bot", "other", true)]
    public void IsSkillShaped_ClaimCombinations_DetectsOnlyCrossAppTokens(string? ver, string? aud, string? appid, bool expected)
    {
        var claims = new List<Claim>();
        if (ver is not null) { claims.Add(new Claim("ver", ver)); }
        if (aud is not null) { claims.Add(new Claim("aud", aud)); }
        if (appid is not null) { claims.Add(new Claim("appid", appid)); }

        Assert.Equal(expected, BotClaims.IsSkillShaped(claims));
    }
}
