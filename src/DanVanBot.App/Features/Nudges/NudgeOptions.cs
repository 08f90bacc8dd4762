using System.ComponentModel.DataAnnotations;
using DanVanBot.Domain.Nudges;

namespace DanVanBot.App.Features.Nudges;

/// <summary>Reminders, bound from the "Nudges" section. Policy defaults are issue 12's; each organisation may override them.</summary>
internal sealed class NudgeOptions
{
    public const string Section = "Nudges";

    /// <summary>Off: no scheduler and no sender run in this instance (the CLI and the chat commands still work).</summary>
    public bool Enabled { get; set; } = true;

    public NudgePolicySettings Policy { get; set; } = new();

    /// <summary>Per-organisation overrides, keyed by organisation name (as imported, case-insensitive).</summary>
    public Dictionary<string, NudgePolicySettings> Organisations { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Messages per second per tenant, below Teams' 50 RPS per app per tenant; 0 turns the limit off.</summary>
    [Range(0, 50)]
    public double MessagesPerSecondPerTenant { get; set; } = 30;

    /// <summary>Messages per second into one conversation (Teams allows 7/s per thread); 0 turns the limit off.</summary>
    [Range(0, 7)]
    public double MessagesPerSecondPerConversation { get; set; } = 1;

    /// <summary>Sends in flight at once per instance.</summary>
    [Range(1, 256)]
    public int Concurrency { get; set; } = 16;

    /// <summary>Reminders claimed per round trip.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>How long a claim holds; a reminder claimed by an instance that died is retried after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often an idle instance looks for work other instances planned.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A 429 without Retry-After waits this long (doubling per attempt, with jitter).</summary>
    public TimeSpan ThrottleBackoff { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Where to create a 1:1 conversation when no conversation of the tenant is stored (Teams' public proactive endpoint).</summary>
    public string ProactiveServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";

    /// <summary>This instance's name in claims and in "sent by"; default: host name, process id and a random part.</summary>
    public string? InstanceId { get; set; }

    public NudgePolicy PolicyFor(string? organisationName) =>
        organisationName is not null && Organisations.TryGetValue(organisationName, out var own)
            ? own.Apply(Policy.Apply(NudgePolicy.Default))
            : Policy.Apply(NudgePolicy.Default);
}

/// <summary>The configurable parts of <see cref="NudgePolicy"/>; unset values keep the defaults.</summary>
internal sealed class NudgePolicySettings
{
    public int[]? WorkingDaysBefore { get; set; }
    public TimeOnly? SendAt { get; set; }
    public TimeOnly? WorkStart { get; set; }
    public TimeOnly? WorkEnd { get; set; }
    public int? WindowClosesWorkingDays { get; set; }
    public int? OverdueWorkingDays { get; set; }
    public bool? Escalate { get; set; }
    public TimeOnly[]? SnoozeSlots { get; set; }
    public DayOfWeek? DigestDay { get; set; }

    public NudgePolicy Apply(NudgePolicy basis) => basis with
    {
        WorkingDaysBefore = WorkingDaysBefore ?? basis.WorkingDaysBefore,
        SendAt = SendAt ?? basis.SendAt,
        WorkStart = WorkStart ?? basis.WorkStart,
        WorkEnd = WorkEnd ?? basis.WorkEnd,
        WindowClosesWorkingDays = WindowClosesWorkingDays ?? basis.WindowClosesWorkingDays,
        OverdueWorkingDays = OverdueWorkingDays ?? basis.OverdueWorkingDays,
        Escalate = Escalate ?? basis.Escalate,
        SnoozeSlots = SnoozeSlots ?? basis.SnoozeSlots,
        DigestDay = DigestDay ?? basis.DigestDay,
    };
}
