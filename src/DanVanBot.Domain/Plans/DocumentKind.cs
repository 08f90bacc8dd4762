namespace DanVanBot.Domain.Plans;

/// <summary>
/// What kind of document the obligations were read from. Plans are the main input; a công văn, a thông báo or a
/// news item about a plan can set deadlines too, and the coordinating office imports those only after confirming.
/// </summary>
public enum DocumentKind
{
    /// <summary>Kế hoạch: "KẾ HOẠCH" under the letterhead, or "KH" in its number.</summary>
    Plan,

    /// <summary>Công văn: a letter with a "V/v …" subject and no document type in its number ("245/UBND-NV").</summary>
    OfficialLetter,

    /// <summary>Thông báo: "THÔNG BÁO", or "TB" in its number.</summary>
    Notice,

    /// <summary>A news item about a plan: no letterhead; a headline, a posting time, "Ngày 14/4, UBND … ban hành Kế hoạch số …".</summary>
    News,

    /// <summary>Any other administrative document (quyết định, chỉ thị, hướng dẫn, báo cáo, a circular's summary…).</summary>
    Other,
}
