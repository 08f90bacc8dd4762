using DanVanBot.App.Features.Identity;
using DanVanBot.Domain.Roster;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Help;

/// <summary>
/// One line of the help card: a feature that works today, how to ask for it, and the route that answers it (tests send
/// <see cref="Example"/> and check that <see cref="Route"/> answers). A feature adds its line when it lands, never before.
/// Who sees a line is the route's own requirement in the route table, so help never offers what the gate would refuse.
/// </summary>
internal sealed record HelpTopic(string Title, string Text, string Route, string? Example);

internal static class HelpTopics
{
    public static readonly IReadOnlyList<HelpTopic> All =
    [
        new("Hỏi hạn báo cáo", "“tháng này có gì đến hạn?”, “hạn báo cáo 6 tháng?”", "ask:answer", "tháng này có gì đến hạn?"),
        new("Hỏi hoạt động", "“quý này có đoàn kiểm tra không?”, “bao giờ tổ chức hội nghị đối thoại?”", "ask:answer",
            "quý này có đoàn kiểm tra không?"),
        new("Kiểm tra một hạn", "“hạn báo cáo năm là 24/11 đúng không?”: trả lời đúng hay chưa, kèm hạn và kế hoạch", "ask:answer",
            "hạn báo cáo năm là 24/11 đúng không?"),
        new("Tính ngày làm việc", "“họp 12/3, gửi trước 3 ngày làm việc thì hạn là hôm nào?”, “30/4 có được nghỉ không?”",
            "ask:workdays", "họp 12/3, gửi trước 3 ngày làm việc thì hạn là hôm nào?"),
        new("Nhiệm vụ của đơn vị", "“nhiệm vụ của đơn vị tôi?”, hoặc hỏi kèm tên đơn vị", "ask:answer", "nhiệm vụ của đơn vị tôi?"),
        new("Tìm kế hoạch", "“tìm kế hoạch năm 2025”, “tìm kế hoạch 102/KH-UBND-NV”", "ask:answer", "tìm kế hoạch năm 2025"),
        new("Tình hình nộp báo cáo", "“đơn vị nào chưa nộp báo cáo?”: cơ quan đầu mối xem mọi đơn vị, đơn vị khác xem đơn vị mình",
            "ask:missing", "đơn vị nào chưa nộp báo cáo?"),
        new("Nộp báo cáo", "“nộp báo cáo” hoặc nút “Báo cáo” dưới một hạn: điền kết quả thực hiện cho đơn vị mình, sửa lại khi cần",
            "reports:open", "nộp báo cáo"),
        new("Mẫu báo cáo", "“cho xin mẫu báo cáo 6 tháng”: mẫu báo cáo trống của nhiệm vụ đó cho đơn vị mình", "reports:template",
            "cho xin mẫu báo cáo"),
        new("Tổng hợp báo cáo", "“tổng hợp tháng này”, “tình hình nộp báo cáo quý 3”: đúng hạn, trễ hạn, chưa nộp của từng đơn vị, xem báo cáo đã nộp",
            "reports:compliance", "tình hình nộp báo cáo tháng này"),
        new("Tình hình gửi nhắc", "“tình hình gửi nhắc”: nhắc đã gửi, không gửi được và lý do, người chưa liên lạc được, người đã tắt nhắc",
            "nudges:delivery", "tình hình gửi nhắc"),
        new("Nhắc đơn vị chưa nộp", "“nhắc các đơn vị chưa nộp báo cáo 6 tháng”: xem trước đơn vị và số người sẽ được nhắc, rồi bấm Gửi nhắc",
            "nudges:remind", "nhắc các đơn vị chưa nộp"),
        new("Tham gia, đổi đơn vị", "“tham gia đơn vị” hoặc “đổi đơn vị”: tìm đơn vị công tác và gửi yêu cầu để lãnh đạo đơn vị duyệt",
            "roster:join", "đổi đơn vị"),
        new("Nhập kế hoạch", "gửi tệp kế hoạch .docx hoặc .txt vào cuộc trò chuyện này", "plans:upload", null),
        new("Việc chưa có hạn", "“việc chưa có hạn” để ấn định hạn cho nhiệm vụ định kỳ", "plans:undated", "việc chưa có hạn"),
        new("Xếp thành viên nhóm", "trong một nhóm (team), gõ “thành viên nhóm” để xếp các thành viên vào đơn vị", "roster:team", null),
    ];

    /// <summary>The questions offered as buttons under the help card (short titles: two fit side by side on a phone).</summary>
    public static readonly IReadOnlyList<(string Title, string Question)> Buttons =
        [("Hạn tháng này", "tháng này có gì đến hạn?"), ("Nhiệm vụ của tôi", "nhiệm vụ của đơn vị tôi?")];

    /// <summary>The lines whose route this person may use (the route's requirement, with no particular plan or unit).</summary>
    public static IEnumerable<HelpTopic> For(CurrentUser user, RouteTable routes) =>
        All.Where(t => RequirementOf(routes, t.Route) is { } requirement && AccessPolicy.Allows(user, requirement.Need, scope: null));

    /// <summary>The requirement a route declares in the route table; null when the table has no such route.</summary>
    public static Requirement? RequirementOf(RouteTable routes, string route) =>
        (routes.Routes.FirstOrDefault(r => r.Name == route)?.Handler.Target as GuardedHandler)?.Requirement;
}
