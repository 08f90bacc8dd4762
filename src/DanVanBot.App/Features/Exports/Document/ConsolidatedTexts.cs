namespace DanVanBot.App.Features.Exports.Document;

/// <summary>The consolidated report's fixed wording (Decree 30/2020/NĐ-CP layout; Vietnamese, shown to users).</summary>
internal static class ConsolidatedTexts
{
    public const string SuperiorBodyPlaceholder = "[CƠ QUAN CẤP TRÊN]";
    public const string NumberField = "Số:        /BC-UBND";
    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
    public const string PlaceAndDate = "……………, ngày …… tháng …… năm {0}";
    public const string Title = "BÁO CÁO";
    public const string Summary = "Kết quả thực hiện công tác dân vận chính quyền {0}";
    public const string Opening = "Thực hiện {0}, {1} báo cáo kết quả thực hiện công tác dân vận chính quyền {2} như sau:";
    public const string PlanReference = "Kế hoạch số {0} về {1}";
    public const string PlanWithoutNumber = "Kế hoạch {0}";
    public const string NoPlans = "các kế hoạch về công tác dân vận chính quyền";

    public const string Results = "I. KẾT QUẢ THỰC HIỆN";
    public const string Leadership = "1. Công tác lãnh đạo, chỉ đạo";
    public const string LeadershipPlaceholder = "[Bổ sung: các văn bản lãnh đạo, chỉ đạo, triển khai thực hiện trong kỳ.]";
    public const string TaskResults = "2. Kết quả thực hiện các nhiệm vụ theo kế hoạch";
    public const string NoOccurrences = "Trong kỳ không có nhiệm vụ báo cáo nào đến hạn.";
    public const string OccurrenceHeading = "{0}) {1} ({2}; hạn {3}; mục {4} của kế hoạch)";
    public const string OccurrenceHeadingNoSection = "{0}) {1} ({2}; hạn {3})";
    public const string UnitResult = "- {0}: {1}";
    public const string UnitProgress = " (Tiến độ: {0}.)";
    public const string NoResultsYet = "- Chưa có đơn vị nào báo cáo.";
    public const string NotReported = "- Chưa báo cáo: {0}.";

    public const string Assessment = "II. ĐÁNH GIÁ CHUNG";
    public const string Strengths = "1. Ưu điểm";
    public const string StrengthsPlaceholder = "[Bổ sung: những ưu điểm, kết quả nổi bật.]";
    public const string Difficulties = "2. Hạn chế, khó khăn, vướng mắc";
    public const string NoDifficulties = "Các đơn vị không nêu khó khăn, vướng mắc.";
    public const string Causes = "3. Nguyên nhân";
    public const string CausesPlaceholder = "[Bổ sung: nguyên nhân khách quan, chủ quan.]";
    public const string Compliance = "4. Việc thực hiện chế độ báo cáo của các đơn vị";
    public const string ComplianceLine = "- {0} ({1}): {2}/{3} đơn vị nộp đúng hạn.";
    public const string LateUnits = " Nộp trễ: {0}.";
    public const string MissingUnits = " Chưa nộp: {0}.";
    public const string DaysLate = "{0} (trễ {1} ngày)";
    public const string DaysOverdue = "{0} (quá hạn {1} ngày)";

    public const string NextPeriod = "III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI";
    public const string NextPeriodPlaceholder = "[Bổ sung: phương hướng, nhiệm vụ trọng tâm kỳ tới.]";
    public const string Proposals = "IV. ĐỀ XUẤT, KIẾN NGHỊ";
    public const string NoProposals = "Các đơn vị không có đề xuất, kiến nghị.";
    public const string UnitItem = "- {0} ({1}): {2}";

    public const string Recipients = "Nơi nhận:";
    public static readonly string[] RecipientLines = ["- ……………………;", "- ……………………;", "- Lưu: VT."];
    public static readonly string[] CommitteeSigner = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"];
    public static readonly string[] OtherSigner = ["[QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ]"];
    public const string SignerName = "[Họ và tên]";

    public const string Source = "Nguồn: báo cáo {0} của {1}, phiên bản {2}, nộp lúc {3} bởi {4}. Xóa các ghi chú này trước khi ban hành.";
}
