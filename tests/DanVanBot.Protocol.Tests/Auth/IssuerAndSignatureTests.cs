using System.Security.Cryptography;
using DanVanBot.Protocol.Tests.TestSupport;
using Microsoft.IdentityModel.Tokens;

namespace DanVanBot.Protocol.Tests.Auth;

/// <summary>Spec §6 cases 6–10.</summary>
public sealed class IssuerAndSignatureTests : AuthKitTestBase
{
    [Theory] // 6
    [InlineData(null)]
    [InlineData("https://mockIssuer.com")]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://login.microsoftonline.com/common/v2.0")]
    [InlineData("https://sts.windows.net/00000000-1111-2222-3333-444444444444/")]
    public async Task Authenticate_MissingOrUnknownIssuer_FailsWithoutFetchingKeys(string? issuer)
    {
        var token = Kit.CreateChannelToken(configure: s => s.Issuer = issuer);

        var outcome = await Create().AuthenticateBearerAsync(token);

        AssertFailed(outcome, "issuer");
        Assert.Equal(0, Kit.RequestCount);
    }

    [Fact] // 7
    public async Task Authenticate_SignedWithKeyNotInMetadata_Fails()
    {
        using var stranger = AuthTestKit.CreateUnpublishedKey();
        var token = Kit.CreateChannelToken(configure: s => s.SigningKey = stranger);

        var outcome = await Create().AuthenticateBearerAsync(token);

        AssertFailed(outcome, "Signing key not found");
    }

    [Fact] // 7: the published kid, but another key's signature
    public async Task Authenticate_PublishedKidWithForeignSignature_Fails()
    {
        using var foreign = new AuthSigningKey(Kit.ChannelKey.KeyId, ["msteams"]);
        var token = Kit.CreateChannelToken(configure: s => s.SigningKey = foreign);

        var outcome = await Create().AuthenticateBearerAsync(token);

        AssertFailed(outcome, "signature");
    }

    [Theory] // 8
    [InlineData(SecurityAlgorithms.RsaSha256, true)]
    [InlineData(SecurityAlgorithms.RsaSha384, true)]
    [InlineData(SecurityAlgorithms.RsaSha512, true)]
    [InlineData(SecurityAlgorithms.RsaSsaPssSha256, false)]
    public async Task Authenticate_RsaAlgorithm_OnlyPkcs1Sha2Accepted(string algorithm, bool accepted)
    {
        var token = Kit.CreateChannelToken(configure: s => s.Algorithm = algorithm);

        var outcome = await Create().AuthenticateBearerAsync(token);

        Assert.Equal(accepted, outcome.Succeeded);
    }

    [Fact] // 8
    public async Task Authenticate_AlgNone_Fails()
    {
        var outcome = await Create().AuthenticateBearerAsync(Kit.CreateUnsignedToken(Kit.ChannelKey.KeyId));

        Assert.False(outcome.Succeeded);
    }

    [Fact] // 8
    public async Task Authenticate_Hs256_Fails()
    {
        var token = Kit.CreateHmacToken(RandomNumberGenerator.GetBytes(64));

        var outcome = await Create().AuthenticateBearerAsync(token);

        Assert.False(outcome.Succeeded);
    }

    [Fact] // 8
    public async Task Authenticate_StrippedSignature_Fails()
    {
        var token = Kit.CreateChannelToken();
        var stripped = token[..(token.LastIndexOf('.') + 1)];

        var outcome = await Create().AuthenticateBearerAsync(stripped);

        Assert.False(outcome.Succeeded);
    }

    [Fact] // 8: a tampered payload keeps the signature but no longer matches it
    public async Task Authenticate_TamperedPayload_Fails()
    {
        // Another (allowed) region's serviceUrl pasted in: only the signature can tell.
        const string otherRegion = "https://smba.trafficmanager.net/emea/";
        var parts = Kit.CreateChannelToken().Split('.');
        var otherPayload = Kit.CreateChannelToken(otherRegion).Split('.')[1];

        var outcome = await Create().AuthenticateBearerAsync($"{parts[0]}.{otherPayload}.{parts[2]}",
            AuthTestKitBotExtensions.CreateActivity(otherRegion));

        AssertFailed(outcome, "signature");
    }

    [Fact] // 9: path-A issuer with an Entra key
    public async Task Authenticate_ChannelIssuerSignedWithEntraKey_Fails()
    {
        var token = Kit.CreateChannelToken(configure: s => s.SigningKey = Kit.EntraKey(AuthTestKit.BotServiceTenantId));

        var outcome = await Create().AuthenticateBearerAsync(token);

        AssertFailed(outcome, "Signing key not found");
    }

    [Fact] // 9: path-B issuer with the botframework.com channel key
    public async Task Authenticate_EntraIssuerSignedWithChannelKey_Fails()
    {
        var token = Kit.CreateEntraToken(configure: s => s.SigningKey = Kit.ChannelKey);

        var outcome = await Create().AuthenticateBearerAsync(token);

        AssertFailed(outcome, "Signing key not found");
    }

    [Fact] // 10
    public async Task Authenticate_UnknownKidThatAppearsLater_RefreshesOnceAndSucceeds()
    {
        var auth = Create();
        Assert.True((await auth.AuthenticateBearerAsync(Kit.CreateChannelToken())).Succeeded);
        var fetchesBefore = Kit.ChannelKeysRequestCount;
        var rotated = Kit.PublishChannelKey(AuthTestKit.CreateUnpublishedKey());
        Kit.Clock.Advance(TimeSpan.FromMinutes(5));

        var outcome = await auth.AuthenticateBearerAsync(Kit.CreateChannelToken(configure: s => s.SigningKey = rotated));

        Assert.True(outcome.Succeeded, outcome.FailureReason);
        Assert.Equal(fetchesBefore + 1, Kit.ChannelKeysRequestCount);
    }

    [Fact] // 10
    public async Task Authenticate_UnknownKidStillMissing_RefreshesOnceAndFails()
    {
        var auth = Create();
        await auth.AuthenticateBearerAsync(Kit.CreateChannelToken());
        Kit.Clock.Advance(TimeSpan.FromMinutes(6));
        using var stranger = AuthTestKit.CreateUnpublishedKey();

        var outcome = await auth.AuthenticateBearerAsync(Kit.CreateChannelToken(configure: s => s.SigningKey = stranger));

        AssertFailed(outcome, "Signing key not found");
        Assert.Equal(2, Kit.ChannelKeysRequestCount);
    }

    [Fact] // 10: refreshes are at least 5 minutes apart
    public async Task Authenticate_UnknownKidsWithinFiveMinutes_RefreshThrottled()
    {
        var auth = Create();
        using var stranger = AuthTestKit.CreateUnpublishedKey();
        var unknownKidToken = Kit.CreateChannelToken(configure: s => s.SigningKey = stranger);
        await auth.AuthenticateBearerAsync(Kit.CreateChannelToken());
        Kit.Clock.Advance(TimeSpan.FromMinutes(5));
        await auth.AuthenticateBearerAsync(unknownKidToken);
        Assert.Equal(2, Kit.ChannelKeysRequestCount);

        Kit.Clock.Advance(TimeSpan.FromMinutes(4));
        await auth.AuthenticateBearerAsync(unknownKidToken);
        await auth.AuthenticateBearerAsync(unknownKidToken);
        Assert.Equal(2, Kit.ChannelKeysRequestCount);

        Kit.Clock.Advance(TimeSpan.FromMinutes(1));
        await auth.AuthenticateBearerAsync(unknownKidToken);
        Assert.Equal(3, Kit.ChannelKeysRequestCount);
    }
}
