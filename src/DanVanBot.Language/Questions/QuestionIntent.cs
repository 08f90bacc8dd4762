namespace DanVanBot.Language.Questions;

/// <summary>What an official wants from the bot. CLI names are the lower-case member names.</summary>
public enum QuestionIntent
{
    /// <summary>What falls due in a time window ("tháng này có gì đến hạn?").</summary>
    Due,
    /// <summary>When a named report is due ("hạn báo cáo 6 tháng").</summary>
    Deadline,
    /// <summary>The tasks of the asker's unit or of a named unit ("nhiệm vụ của phòng nội vụ").</summary>
    Tasks,
    /// <summary>Find plans by number, year or words ("tìm kế hoạch 102/KH-UBND").</summary>
    Search,
    /// <summary>Which units have not reported yet ("đơn vị nào chưa nộp báo cáo quý 3").</summary>
    Missing,
    /// <summary>The asker wants to submit a report ("nộp báo cáo", "gửi bc 6 tháng").</summary>
    Submit,
    /// <summary>How to use the bot ("trợ giúp", "?").</summary>
    Help,
    /// <summary>
    /// A day on the working calendar: counted in working days ("họp 12/3, gửi trước 3 ngày làm việc thì hạn là hôm nào?"),
    /// the working days in a period, or whether a day is a working day.
    /// </summary>
    Workdays,
    /// <summary>Anything else.</summary>
    Unknown,
}

/// <summary>The periodic reports of Decree 09/2019/NĐ-CP.</summary>
public enum ReportPeriodKind
{
    Monthly,
    Quarterly,
    SixMonthly,
    NineMonthly,
    Yearly,
}

public static class QuestionIntentNames
{
    /// <summary>The name used on the command line and in logs: "due", "deadline", ….</summary>
    public static string ToCliName(this QuestionIntent intent) => intent switch
    {
        QuestionIntent.Due => "due",
        QuestionIntent.Deadline => "deadline",
        QuestionIntent.Tasks => "tasks",
        QuestionIntent.Search => "search",
        QuestionIntent.Missing => "missing",
        QuestionIntent.Submit => "submit",
        QuestionIntent.Help => "help",
        QuestionIntent.Workdays => "workdays",
        _ => "unknown",
    };

    public static bool TryParseCliName(string? name, out QuestionIntent intent)
    {
        foreach (var candidate in Enum.GetValues<QuestionIntent>())
        {
            if (string.Equals(candidate.ToCliName(), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                intent = candidate;
                return true;
            }
        }
        intent = QuestionIntent.Unknown;
        return false;
    }
}
