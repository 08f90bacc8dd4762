using DanVanBot.Domain.Roster;

namespace DanVanBot.App.Features.Identity;

/// <summary>What the bot says when it refuses (Vietnamese, full diacritics): the role needed and who grants it.</summary>
internal static class AccessTexts
{
    public const string TenantNotServed =
        "Xin lỗi, trợ lý Dân vận chính quyền chỉ phục vụ các cơ quan đã đăng ký sử dụng. Anh/chị vui lòng liên hệ bộ phận công nghệ thông tin của cơ quan.";

    public const string NotIdentified =
        "Tôi chưa xác định được tài khoản Microsoft 365 của anh/chị, nên chưa thể làm việc này. Anh/chị vui lòng dùng Teams bằng tài khoản cơ quan.";

    public const string NeedMember =
        "Việc này dành cho cán bộ đã là thành viên của một đơn vị. Anh/chị gõ “tham gia đơn vị” để gửi yêu cầu; " +
        "lãnh đạo đơn vị hoặc cán bộ đầu mối (Phòng Nội vụ) sẽ duyệt.";

    public const string NeedMemberPending =
        "Yêu cầu tham gia {0} của anh/chị đang chờ lãnh đạo đơn vị hoặc cán bộ đầu mối duyệt. " +
        "Trong lúc chờ, anh/chị chỉ hỏi được các việc đến hạn (ví dụ: “tháng này có gì đến hạn?”).";

    public const string NeedMemberOf =
        "Chỉ cán bộ của {0} mới làm được việc này cho đơn vị đó. Không có gì thay đổi.";

    public const string NeedCoordinator =
        "Việc này cần vai trò cán bộ đầu mối (Phòng Nội vụ) của {0}. Vai trò này chỉ do quản trị viên cấp; " +
        "anh/chị vui lòng liên hệ quản trị viên của cơ quan. Không có gì thay đổi.";

    public const string NeedApprover =
        "Chỉ lãnh đạo {0} hoặc cán bộ đầu mối của {1} mới duyệt được yêu cầu này; quản trị viên cấp các vai trò đó. Không có gì thay đổi.";

    public const string NeedAdministrator =
        "Việc này cần quyền quản trị viên{0}. Quản trị viên do bộ phận công nghệ thông tin cấu hình, hoặc do một quản trị viên khác cấp. " +
        "Không có gì thay đổi.";

    private const string SomeOrganisation = "cơ quan";

    public static string Refusal(Need need, AccessScope? scope, CurrentUser user) => need switch
    {
        Need.Person => NotIdentified,
        _ when !user.IsIdentified => NotIdentified,
        Need.Member when user.PendingJoin is { } pending => string.Format(NeedMemberPending, pending.UnitName),
        Need.Member when user.IsMember && scope?.UnitName is { } unitName => string.Format(NeedMemberOf, unitName),
        Need.Member => NeedMember,
        Need.Coordinator => string.Format(NeedCoordinator, scope?.OrganisationName ?? SomeOrganisation),
        Need.Approver => string.Format(NeedApprover, scope?.UnitName ?? "đơn vị", scope?.OrganisationName ?? SomeOrganisation),
        _ => string.Format(NeedAdministrator, scope?.OrganisationName is { } name ? " của " + name : ""),
    };
}
