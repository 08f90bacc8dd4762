namespace DanVanBot.App.Features.Roster;

/// <summary>What the roster feature says outside its card templates (Vietnamese, full diacritics). Tests assert against these.</summary>
internal static class RosterTexts
{
    public const string JoinSummary = "Tham gia đơn vị";
    public const string ApprovalSummary = "Yêu cầu tham gia đơn vị của {0}";
    public const string UnitInvalid = "Đơn vị đã chọn không có trong danh sách. Anh/chị vui lòng tìm và chọn lại.";
    public const string UnitMissing = "Anh/chị chưa chọn đơn vị. Vui lòng tìm rồi chọn một đơn vị.";
    public const string QueryMissing = "Anh/chị vui lòng gõ tên đơn vị (ít nhất 2 ký tự) rồi bấm “Tìm”.";
    public const string RoleInvalid = "Chỉ yêu cầu được vai trò cán bộ hoặc lãnh đạo đơn vị; vai trò đầu mối và quản trị do quản trị viên cấp.";
    public const string AlreadyMember = "Anh/chị đã có vai trò {0} tại {1}. Không cần gửi yêu cầu.";
    public const string RequestSent = "Đã gửi yêu cầu tham gia {0} ({1}) tới {2} người duyệt. Tôi sẽ báo anh/chị khi có kết quả.";
    public const string RequestSentNoApprover =
        "Đã ghi nhận yêu cầu tham gia {0} ({1}), nhưng chưa có lãnh đạo đơn vị hay cán bộ đầu mối nào dùng trợ lý để nhận. " +
        "Anh/chị vui lòng báo Phòng Nội vụ hoặc quản trị viên để được duyệt.";

    public const string Approved = "✅ Đã duyệt bởi {0} lúc {1}.";
    public const string Rejected = "❌ Đã từ chối bởi {0} lúc {1}.";
    public const string AlreadyDecided = "Yêu cầu này đã được xử lý trước đó ({0}). Không có gì thay đổi.";
    public const string RequestGone = "Không tìm thấy yêu cầu này. Không có gì thay đổi.";
    public const string StatusApproved = "đã duyệt";
    public const string StatusRejected = "đã từ chối";
    public const string StatusSuperseded = "người yêu cầu đã chọn đơn vị khác";

    public const string ToldApproved =
        "Yêu cầu tham gia {0} của anh/chị đã được {1} duyệt. Từ nay tôi trả lời theo đơn vị này; anh/chị có thể hỏi “nhiệm vụ của đơn vị tôi?”.";
    public const string ToldRejected =
        "Yêu cầu tham gia {0} của anh/chị đã bị {1} từ chối. Nếu có nhầm lẫn, anh/chị gõ “tham gia đơn vị” để gửi lại hoặc liên hệ Phòng Nội vụ.";

    public const string TeamSummary = "Thành viên nhóm";
    public const string TeamOnly = "Lệnh này dùng trong một nhóm (team) đã cài trợ lý: gõ “@Trợ lý thành viên nhóm” trong một kênh của nhóm.";
    public const string TeamUnreadable = "Tôi không đọc được danh sách thành viên của nhóm này (trợ lý có thể chưa được cài vào nhóm).";
    public const string TeamCard = "{0} thành viên. Chọn những người cần gán, gõ tên đơn vị và chọn vai trò.";
    public const string TeamCardTruncated = "Nhóm đông, chỉ hiện {0} thành viên đầu. Chọn những người cần gán, gõ tên đơn vị và chọn vai trò.";
    public const string TeamNoneSelected = "Anh/chị chưa chọn thành viên nào.";
    public const string TeamUnitUnknown = "Không xác định được đơn vị “{0}”: không có hoặc có nhiều đơn vị trùng tên. Vui lòng gõ đúng tên đầy đủ.";
    public const string TeamAssigned = "Đã gán {0} người vào {1} ({2}) với vai trò {3}. Những người đã có vai trò này được giữ nguyên.";

    public const string RoleMember = "Cán bộ của đơn vị";
    public const string RoleUnitHead = "Lãnh đạo đơn vị";
    public const string RoleCoordinator = "Cán bộ đầu mối (Nội vụ)";
    public const string RoleAdministrator = "Quản trị viên";
}
