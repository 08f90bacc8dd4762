namespace DanVanBot.Language.Questions;

/// <summary>The rules as <c>ask --explain</c> names them (Vietnamese: operators read them).</summary>
internal static class ExplanationTexts
{
    public const string Empty = "tin nhắn trống";
    public const string QuestionMarkOnly = "chỉ có dấu hỏi → hướng dẫn";
    public const string HelpCue = "xin hướng dẫn";
    public const string FormRequest = "xin biểu mẫu/đề cương (chưa có mẫu báo cáo trên thẻ → hướng dẫn)";
    public const string HowTo = "hỏi cách làm (không hỏi thời hạn) → hướng dẫn";
    public const string Confirmation = "câu hỏi xác nhận một ngày cho báo cáo/hoạt động đã nêu → hạn của nó";
    public const string Capability = "hỏi về chính trợ lý (không hỏi kỳ nào) → hướng dẫn";
    public const string Person = "hỏi một người là ai (trợ lý không có danh bạ cán bộ)";
    public const string Obligation = "hỏi có phải nộp báo cáo đã nêu không → hạn của nó";
    public const string MissingCue = "hỏi ai/đơn vị nào chưa nộp";
    public const string WhetherSubmitted = "câu hỏi có/không về việc đã nộp, kết bằng “chưa”";
    public const string DayCount = "hỏi về ngày làm việc: đếm ngày làm việc từ một mốc, hoặc ngày nghỉ";
    public const string DeadlineOfNamed = "hỏi khi nào/hạn của báo cáo hoặc hoạt động đã nêu";
    public const string SubmitInstruction = "động từ nộp/gửi trong câu không hỏi gì → nộp báo cáo";
    public const string DueCue = "hỏi những gì đến hạn/phải nộp";
    public const string TasksInWindow = "hỏi việc phải làm kèm mốc thời gian → những gì đến hạn trong khoảng đó";
    public const string TasksCue = "hỏi nhiệm vụ của một đơn vị";
    public const string DaysLeft = "hỏi còn mấy ngày đến hạn → hạn";
    public const string QuestionAboutNamed = "câu hỏi về báo cáo/hoạt động đã nêu → những gì đến hạn";
    public const string PlanNumber = "có số kế hoạch → tìm kế hoạch";
    public const string SearchCue = "tìm/tra cứu kế hoạch";
    public const string WeakDue = "từ gợi ý về hạn/báo cáo";
    public const string Greeting = "chỉ chào hỏi → hướng dẫn";
    public const string NothingMatched = "không khớp quy tắc nào";

    public const string WindowTime = "mốc thời gian trong câu";
    public const string WindowMissingPast = "tháng/quý đã nêu của năm nay (hỏi ai chưa nộp là hỏi kỳ đã qua)";
    public const string WindowReport = "kỳ của báo cáo đã nêu";
    public const string WindowDayCount = "ngày tính được";
    public const string WindowDefault = "không nêu thời gian → 30 ngày tới";
    public const string WindowNone = "không có khoảng thời gian";
}
