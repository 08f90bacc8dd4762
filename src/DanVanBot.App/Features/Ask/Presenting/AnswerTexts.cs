namespace DanVanBot.App.Features.Ask.Presenting;

/// <summary>What list answers say around their lines (Vietnamese, full diacritics); tests assert against these.</summary>
internal static class AnswerTexts
{
    public const string DueHeading = "Đến hạn trong {0}";
    public const string DueNone = "Không có hạn nào trong {0}.";
    public const string NothingUpcoming = "Chưa có hạn nào sắp tới trong các kế hoạch đã xuất bản.";

    public const string TasksHeading = "Nhiệm vụ của {0}";
    public const string TasksHeadingInPeriod = "Nhiệm vụ của {0} trong {1}";
    public const string TasksGenericHeading = "Nhiệm vụ";
    public const string TasksInForceNote = "Chỉ gồm các kế hoạch đang thực hiện; hỏi kèm năm để xem kế hoạch đã kết thúc.";

    public const string SearchHeading = "Tìm thấy {0} kế hoạch";
    public const string SearchGenericHeading = "Tìm kế hoạch";

    public const string MissingHeading = "Đơn vị chưa nộp báo cáo có hạn trong {0}";
    public const string MissingAllSubmitted = "Mọi đơn vị đã nộp các báo cáo có hạn trong {0}.";
    public const string MissingNothingDue = "Không có báo cáo nào đến hạn trong {0}, nên không có đơn vị nào phải nộp.";
    public const string OwnUnitHeading = "Tình hình nộp báo cáo của {0} trong {1}";
    public const string OwnUnitNote =
        "Danh sách mọi đơn vị chưa nộp chỉ dành cho cơ quan đầu mối; dưới đây là các báo cáo của đơn vị anh/chị.";
    public const string OwnUnitNothingDue = "Đơn vị anh/chị không có báo cáo nào đến hạn trong {0}.";
    public const string MissingNeedsUnit =
        "Để xem tình hình nộp báo cáo, anh/chị vui lòng chọn đơn vị công tác của mình trên thẻ dưới đây, rồi hỏi lại.";

    public const string SingleDue = "Hạn cuối: {0}";
    public const string NextDue = "Hạn tới: {0}";
    public const string LastDue = "Hạn sau cùng: {0}";
}
