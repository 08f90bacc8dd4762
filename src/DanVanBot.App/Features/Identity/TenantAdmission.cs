using DanVanBot.App.Features.Plans;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Identity;

/// <summary>
/// Serves only the allowed tenants (<c>Bot:AllowedTenants</c>, or those with an organisation in the roster). Any
/// other tenant's message gets one short refusal; nothing of it is stored (admissions run before the observer that
/// keeps conversation references), and events from it are dropped silently.
/// </summary>
internal sealed class TenantAdmission(TenantDirectory tenants, ILogger<TenantAdmission> logger) : ITurnAdmission
{
    public async ValueTask<bool> AdmitAsync(TurnContext turn)
    {
        var tenant = TurnTenant.Of(turn.Activity);
        if (await tenants.IsAllowedAsync(tenant, turn.CancellationToken)) return true;

        Log.TenantRefused(logger, tenant ?? "(none)", turn.Activity.Type, turn.Activity.Id);
        if (turn.Activity.Type == ActivityTypes.Invoke)
            turn.InvokeResult = InvokeResult.Message(AccessTexts.TenantNotServed);
        else if (turn.Activity.Type == ActivityTypes.Message)
            await turn.ReplyTextAsync(AccessTexts.TenantNotServed);
        return false;
    }
}
