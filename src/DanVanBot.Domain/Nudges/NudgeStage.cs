using System.Globalization;

namespace DanVanBot.Domain.Nudges;

/// <summary>Why a reminder goes out on its day.</summary>
public enum NudgeStageKind
{
    /// <summary>N working days before the day the reminder aims at.</summary>
    Before,

    /// <summary>On the day it aims at: the last allowed day, or the last working day before it.</summary>
    DueDay,

    /// <summary>An activity window ("kiểm tra trong tháng 10") opens: its first working day.</summary>
    WindowOpens,

    /// <summary>N working days before the window's last working day.</summary>
    WindowCloses,

    /// <summary>The N-th working day after the last allowed day, still not reported.</summary>
    Overdue,

    /// <summary>After the overdue reminders: the unit head is told, and the coordinators' digest lists the unit.</summary>
    Escalation,

    /// <summary>The coordinators' weekly digest (not tied to one occurrence).</summary>
    Digest,

    /// <summary>
    /// A coordinator's "nhắc các đơn vị chưa nộp", sent on <see cref="NudgeStage.Days"/> = the day as yyyyMMdd: one per
    /// person and day however often "Gửi nhắc" is pressed.
    /// </summary>
    Requested,
}

/// <summary>
/// One step of the reminder policy. <see cref="Key"/> is what the outbox stores in its unique key
/// (occurrence, unit, person, stage), so it must stay stable: "before-7", "due", "overdue-2", "escalation".
/// </summary>
public readonly record struct NudgeStage(NudgeStageKind Kind, int Days = 0)
{
    public static NudgeStage DueDay => new(NudgeStageKind.DueDay);
    public static NudgeStage Escalation => new(NudgeStageKind.Escalation);

    /// <summary>The coordinator-requested reminder of <paramref name="day"/> (key "requested-20220420").</summary>
    public static NudgeStage RequestedOn(DateOnly day) => new(NudgeStageKind.Requested, day.Year * 10000 + day.Month * 100 + day.Day);

    public string Key => Kind switch
    {
        NudgeStageKind.Before => "before-" + Days.ToString(CultureInfo.InvariantCulture),
        NudgeStageKind.DueDay => "due",
        NudgeStageKind.WindowOpens => "window-opens",
        NudgeStageKind.WindowCloses => "window-closes-" + Days.ToString(CultureInfo.InvariantCulture),
        NudgeStageKind.Overdue => "overdue-" + Days.ToString(CultureInfo.InvariantCulture),
        NudgeStageKind.Escalation => "escalation",
        NudgeStageKind.Requested => "requested-" + Days.ToString(CultureInfo.InvariantCulture),
        _ => "digest",
    };

    /// <summary>The stage goes to the unit head rather than to the members who draft the report.</summary>
    public bool IsForHead => Kind == NudgeStageKind.Escalation;

    public static bool TryParse(string? key, out NudgeStage stage)
    {
        stage = default;
        if (string.IsNullOrEmpty(key)) return false;
        switch (key)
        {
            case "due": stage = DueDay; return true;
            case "window-opens": stage = new(NudgeStageKind.WindowOpens); return true;
            case "escalation": stage = Escalation; return true;
            case "digest": stage = new(NudgeStageKind.Digest); return true;
        }

        foreach (var (prefix, kind) in Prefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(key.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var days))
            {
                stage = new NudgeStage(kind, days);
                return true;
            }
        }
        return false;
    }

    private static readonly (string Prefix, NudgeStageKind Kind)[] Prefixes =
    [
        ("before-", NudgeStageKind.Before),
        ("window-closes-", NudgeStageKind.WindowCloses),
        ("overdue-", NudgeStageKind.Overdue),
        ("requested-", NudgeStageKind.Requested),
    ];

    public override string ToString() => Key;
}
