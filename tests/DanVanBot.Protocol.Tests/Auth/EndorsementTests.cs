using DanVanBot.Protocol.Auth;
using DanVanBot.Protocol.Tests.TestSupport;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace DanVanBot.Protocol.Tests.Auth;

/// <summary>Spec §6 cases 22–26.</summary>
public sealed class EndorsementTests : AuthKitTestBase
{
    [Theory] // 22, 23
    [InlineData(new[] { "msteams" }, true)]
    [InlineData(new[] { "webchat", "msteams" }, true)]
    [InlineData(new[] { "webchat" }, false)]
    [InlineData(new[] { "MSTEAMS" }, false)]
    [InlineData(new string[0], false)]
    public async Task Authenticate_KeyEndorsements_MustContainChannelId(string[] endorsements, bool accepted)
    {
        var key = Kit.AddChannelKey(endorsements);

        var outcome = await Create().AuthenticateBearerAsync(Kit.CreateChannelToken(configure: s => s.SigningKey = key));

        Assert.Equal(accepted, outcome.Succeeded);
        if (!accepted)
        {
            AssertFailed(outcome, "not endorsed");
        }
    }

    [Fact] // 22 with kid and x5t naming different keys: the endorsements checked are the verifying key's
    public async Task Authenticate_KidOfEndorsedKeyButSignedByUnendorsedKeyNamedInX5t_Fails()
    {
        // The unendorsed key comes first in the JWKS: IdentityModel takes the first key whose id matches kid or x5t.
        Kit.RemoveChannelKey(Kit.ChannelKey);
        var unendorsed = Kit.AddChannelKey(["webchat"]);
        var endorsed = Kit.AddChannelKey(["msteams"]);

        var outcome = await Create().AuthenticateBearerAsync(Kit.CreateSplitKeyIdToken(kidKey: endorsed, signer: unendorsed));

        AssertFailed(outcome, "not endorsed");
    }

    [Fact] // 23 with kid and x5t naming the same endorsed key
    public async Task Authenticate_KidAndX5tOfTheSigningEndorsedKey_Succeeds()
    {
        var outcome = await Create().AuthenticateBearerAsync(Kit.CreateSplitKeyIdToken(kidKey: Kit.ChannelKey, signer: Kit.ChannelKey));

        Assert.True(outcome.Succeeded, outcome.FailureReason);
    }

    [Fact] // 24
    public async Task Authenticate_KeyWithoutEndorsementsMember_Fails()
    {
        var key = Kit.AddChannelKey(endorsements: null);

        var outcome = await Create().AuthenticateBearerAsync(Kit.CreateChannelToken(configure: s => s.SigningKey = key));

        AssertFailed(outcome, "Could not validate endorsement key");
    }

    [Theory] // 25
    [InlineData(null)]
    [InlineData("")]
    [InlineData("webchat")]
    [InlineData("emulator")]
    public async Task Authenticate_ChannelIdNotTeamsInProduction_Fails(string? channelId)
    {
        var key = Kit.AddChannelKey(["msteams", "webchat", "emulator"]);

        var outcome = await Create().AuthenticateBearerAsync(
            Kit.CreateChannelToken(configure: s => s.SigningKey = key), AuthTestKitBotExtensions.CreateActivity(channelId: channelId));

        AssertFailed(outcome, "channelId");
    }

    [Fact] // 25: emulator is a Development-only channel
    public async Task Authenticate_EmulatorChannelInDevelopment_Succeeds()
    {
        var key = Kit.AddChannelKey(["emulator"]);

        var outcome = await Create(environment: "Development").AuthenticateBearerAsync(
            Kit.CreateChannelToken(configure: s => s.SigningKey = key), AuthTestKitBotExtensions.CreateActivity(channelId: "emulator"));

        Assert.True(outcome.Succeeded, outcome.FailureReason);
    }

    [Theory] // 26: non-2xx on metadata or JWKS, no cached copy → fail closed
    [InlineData(500)]
    [InlineData(404)]
    [InlineData(503)]
    public async Task Authenticate_MetadataUnreachable_FailsClosed(int status)
    {
        Kit.FailAllRequestsWith(status);

        var outcome = await Create().AuthenticateBearerAsync(Kit.CreateChannelToken());

        AssertFailed(outcome, "metadata unreachable");
    }

    [Fact] // 26: a cached copy survives a failed refresh
    public async Task Authenticate_RefreshFailsWithCachedKeys_KeepsCachedKeys()
    {
        var auth = Create();
        Assert.True((await auth.AuthenticateBearerAsync(Kit.CreateChannelToken())).Succeeded);
        Kit.FailAllRequestsWith(500);
        Kit.Clock.Advance(TimeSpan.FromHours(13));

        var outcome = await auth.AuthenticateBearerAsync(Kit.CreateChannelToken());

        Assert.True(outcome.Succeeded, outcome.FailureReason);
        Assert.Contains(auth.Logs.Entries, e => e.Message.Contains("keeping the cached keys", StringComparison.Ordinal));
    }

    [Fact] // 26: empty JWKS → empty map, every token refused
    public async Task Authenticate_EmptyKeySet_Fails()
    {
        Kit.RemoveChannelKey(Kit.ChannelKey);

        var outcome = await Create().AuthenticateBearerAsync(Kit.CreateChannelToken());

        AssertFailed(outcome, "Signing key not found");
    }

    [Theory] // 26: snapshot parsing of keyless and endorsement-less documents
    [InlineData("""{"keys":[]}""", 0, 0)]
    [InlineData("""{"keys":[{"kty":"RSA","kid":"a","n":"sXch","e":"AQAB"}]}""", 1, 0)]
    [InlineData("""{"keys":[{"kty":"RSA","kid":"a","n":"sXch","e":"AQAB","endorsements":["msteams","webchat"]}]}""", 1, 1)]
    public void SnapshotFrom_KeySetDocument_MapsKidsAndEndorsements(string jwks, int keyCount, int endorsedCount)
    {
        var configuration = new OpenIdConnectConfiguration { JsonWebKeySet = new Microsoft.IdentityModel.Tokens.JsonWebKeySet(jwks) };

        var snapshot = OpenIdMetadataSnapshot.From(configuration, DateTimeOffset.UnixEpoch);

        Assert.Equal(keyCount, snapshot.KeyIds.Count);
        Assert.Equal(endorsedCount, snapshot.EndorsementsByKeyId.Count);
        if (endorsedCount == 1)
        {
            Assert.True(snapshot.EndorsementsByKeyId["a"].SetEquals(["msteams", "webchat"]));
        }
    }
}
