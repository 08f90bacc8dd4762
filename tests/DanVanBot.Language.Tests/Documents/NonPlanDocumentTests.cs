using DanVanBot.Domain.Plans;
using DanVanBot.Language.Plans;

namespace DanVanBot.Language.Tests.Documents;

/// <summary>
/// Documents that are not plans but set deadlines (issue 14, documents 2): a công văn with a reporting calendar, a
/// provincial office's request for a review report, a comment request, a notice with a schedule, a website summary
/// of a reporting regime. Each is read with its kind, number, issuer, date and deadlines; never a silent nothing.
/// </summary>
public sealed class NonPlanDocumentTests
{
    private static readonly string CalendarLetter = string.Join('\n',
        "ỦY BAN NHÂN DÂN", "PHƯỜNG AN KHÁNH", "Số: 58/UBND-VHXH", "V/v báo cáo công tác dân vận chính quyền năm 2026",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "An Khánh, ngày 09 tháng 01 năm 2026",
        "Kính gửi:", "- Các phòng chuyên môn thuộc UBND phường;", "- Các khu phố.",
        "Thực hiện Công văn số 112/SNV-XDCQ ngày 28/12/2025 của Sở Nội vụ, Ủy ban nhân dân phường đề nghị các đơn vị thực hiện chế độ báo cáo như sau:",
        "- Báo cáo quý: chậm nhất ngày 06 (sáu) của tháng cuối quý;",
        "- Báo cáo 6 tháng: chậm nhất ngày 05 (năm) tháng 6 (sáu);",
        "- Báo cáo năm: chậm nhất ngày 25 (hai mươi lăm) tháng 11 (mười một).",
        "Số liệu báo cáo năm tính từ ngày 15/12/2025 đến ngày 14/12/2026.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.");

    private static readonly string OfficeLetter = string.Join('\n',
        "UBND TỈNH LÂM HÀ", "SỞ NỘI VỤ", "Số: 245/SNV-XDCQ", "V/v báo cáo sơ kết 5 năm thực hiện Quy chế dân chủ ở cơ sở",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lâm Hà, ngày 03 tháng 3 năm 2026",
        "Kính gửi: Ủy ban nhân dân các xã, phường.",
        "Thực hiện Kế hoạch số 30/KH-UBND ngày 20/02/2026 của UBND tỉnh, Sở Nội vụ đề nghị UBND các xã, phường báo cáo kết quả 5 năm thực hiện Quy chế dân chủ ở cơ sở (giai đoạn từ tháng 7/2021 đến tháng 6/2026), gửi về Sở Nội vụ trước ngày 20/7/2026 để tổng hợp, báo cáo UBND tỉnh.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT, XDCQ.");

    private static readonly string ReceptionNotice = string.Join('\n',
        "ỦY BAN NHÂN DÂN", "XÃ TÂN HIỆP", "Số: 12/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Tân Hiệp, ngày 05 tháng 01 năm 2026", "THÔNG BÁO", "Lịch tiếp công dân định kỳ của Chủ tịch UBND xã năm 2026",
        "1. Chủ tịch UBND xã tiếp công dân định kỳ vào ngày 10 hằng tháng tại Trụ sở UBND xã; trường hợp trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp.",
        "2. Văn phòng HĐND và UBND xã chuẩn bị địa điểm, ghi chép, theo dõi kết quả tiếp công dân.",
        "Nơi nhận:", "- Các ấp;", "- Lưu: VT.");

    private static readonly string RegimeSummary = string.Join('\n',
        "Quy định mới về thời hạn gửi báo cáo định kỳ trên địa bàn tỉnh", "(Cập nhật: 02/03/2026)",
        "Ngày 26/02/2026, UBND tỉnh ban hành Quyết định số 08/2026/QĐ-UBND quy định chế độ báo cáo định kỳ phục vụ mục tiêu quản lý. Theo đó, UBND cấp xã gửi báo cáo định kỳ về công tác dân vận chính quyền cho Sở Nội vụ:",
        "- Báo cáo quý: chậm nhất ngày 18 của tháng cuối quý;",
        "- Báo cáo năm: chậm nhất ngày 10 tháng 12.",
        "Thời gian chốt số liệu báo cáo năm tính từ ngày 15 tháng 12 năm trước đến ngày 14 tháng 12 của năm báo cáo. Quyết định có hiệu lực từ ngày 10/3/2026.");

    private static readonly string InspectionSchedule = string.Join('\n',
        "ỦY BAN NHÂN DÂN", "XÃ BÌNH AN", "Số: 31/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Bình An, ngày 02 tháng 8 năm 2026",
        "THÔNG BÁO", "Lịch kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở năm 2026",
        "Đoàn kiểm tra thông báo lịch kiểm tra như sau:",
        "STT", "Đơn vị được kiểm tra", "Thời gian", "Địa điểm",
        "1", "Ấp Bình Lợi", "Sáng thứ Ba, ngày 18/8/2026", "Nhà văn hóa ấp",
        "2", "Ấp Bình Thành", "Chiều thứ Ba, ngày 18/8/2026", "Nhà văn hóa ấp",
        "3", "Ấp Bình Hòa", "08 giờ 00, ngày 25/8/2026", "Hội trường ấp",
        "4", "Trường Tiểu học Bình An", "Thứ Năm (27/8/2026)", "Phòng họp nhà trường",
        "Các đơn vị được kiểm tra chuẩn bị báo cáo bằng văn bản gửi Đoàn kiểm tra trước ngày 14/8/2026.",
        "Nơi nhận:", "- Lưu: VT.");

    private static readonly string ReceptionDates = string.Join('\n',
        "ỦY BAN NHÂN DÂN", "PHƯỜNG HÒA BÌNH", "Số: 05/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hòa Bình, ngày 30 tháng 12 năm 2025",
        "THÔNG BÁO", "Lịch tiếp công dân định kỳ của Chủ tịch UBND phường 6 tháng đầu năm 2026",
        "1. Thời gian: Chủ tịch UBND phường tiếp công dân vào ngày thứ Năm của tuần thứ hai hằng tháng, cụ thể: ngày 08/01/2026, ngày 12/02/2026, ngày 12/3/2026, ngày 09/4/2026, ngày 14/5/2026 và ngày 11/6/2026.",
        "2. Địa điểm: Phòng tiếp công dân, Trụ sở UBND phường.",
        "Nơi nhận:", "- Lưu: VT.");

    private static readonly string HalfYearReception = string.Join('\n',
        "ỦY BAN NHÂN DÂN", "XÃ AN THẠNH", "Số: 02/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "An Thạnh, ngày 05 tháng 01 năm 2026",
        "THÔNG BÁO", "Lịch tiếp công dân của lãnh đạo UBND xã 6 tháng đầu năm 2026",
        "1. Chủ tịch UBND xã tiếp công dân định kỳ vào ngày 15 hằng tháng; nếu trùng ngày nghỉ, ngày lễ thì tiếp vào ngày làm việc liền kề tiếp theo.",
        "2. Công chức Văn phòng tiếp công dân thường xuyên vào các ngày làm việc trong tuần.",
        "Nơi nhận:", "- Lưu: VT.");

    private static readonly string RunOfMonthsReception = string.Join('\n',
        "ỦY BAN NHÂN DÂN", "XÃ AN HÒA", "Số: 64/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "An Hòa, ngày 29 tháng 6 năm 2026",
        "THÔNG BÁO", "Về lịch tiếp công dân của Chủ tịch UBND xã từ tháng 7 đến tháng 12 năm 2026",
        "1. Chủ tịch UBND xã tiếp công dân định kỳ vào ngày 20 hằng tháng; nếu trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp.",
        "Nơi nhận:", "- Lưu: VT.");

    private static readonly string WorkingScheduleLines = string.Join('\n',
        "ỦY BAN NHÂN DÂN", "XÃ HÒA AN", "Số: 120/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hòa An, ngày 02 tháng 10 năm 2026",
        "THÔNG BÁO", "Lịch làm việc của Đoàn kiểm tra công tác dân vận chính quyền",
        "Thực hiện Kế hoạch số 27/KH-UBND ngày 05/02/2026 của UBND xã, Ủy ban nhân dân xã thông báo lịch làm việc như sau:",
        "- Thứ Ba, ngày 20/10/2026: Đoàn làm việc với Phòng Kinh tế.",
        "- Sáng thứ Năm, ngày 22/10/2026, lúc 8 giờ: Đoàn làm việc với Phòng Văn hóa - Xã hội.",
        "- Từ ngày 27/10 đến ngày 28/10/2026: Đoàn kiểm tra thực tế tại các thôn.",
        "Các đơn vị được kiểm tra gửi báo cáo chậm nhất 02 ngày làm việc trước ngày kiểm tra.",
        "Nơi nhận:", "- Lưu: VT.");

    private static string MonthRowReception(params string[] table) => string.Join('\n', [
        "ỦY BAN NHÂN DÂN", "PHƯỜNG HÒA AN", "Số: 58/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hòa An, ngày 26 tháng 6 năm 2026",
        "THÔNG BÁO", "Lịch tiếp công dân định kỳ của Chủ tịch UBND phường 6 tháng cuối năm 2026",
        "Chủ tịch UBND phường tiếp công dân định kỳ vào thứ Năm của tuần thứ hai và tuần thứ tư hằng tháng, cụ thể:",
        .. table,
        "Nơi nhận:", "- Lưu: VT."]);

    private static readonly string MonthRowReceptionPipe = MonthRowReception(
        "| Tháng | Người tiếp công dân | Chức vụ | Ngày tiếp công dân |",
        "| Tháng 7 | Lê Văn Hòa | Chủ tịch UBND phường | Ngày 09; 23 (thứ Năm) |",
        "| Tháng 8 | Lê Văn Hòa | Chủ tịch UBND phường | Ngày 13; 27 (thứ Năm) |");

    private static readonly string MonthRowReceptionTab = MonthRowReception(
        "Tháng\tNgười tiếp công dân\tChức vụ\tNgày tiếp công dân",
        "Tháng 7\tLê Văn Hòa\tChủ tịch UBND phường\tNgày 09; 23 (thứ Năm)",
        "Tháng 8\tLê Văn Hòa\tChủ tịch UBND phường\tNgày 13; 27 (thứ Năm)");

    private static readonly string DialogueNotice = string.Join('\n',
        "ỦY BAN NHÂN DÂN", "XÃ HÒA AN", "Số: 121/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hòa An, ngày 02 tháng 10 năm 2026",
        "THÔNG BÁO", "Về việc tổ chức Hội nghị đối thoại với Nhân dân năm 2026",
        "Năm 2025, UBND xã đã tổ chức hội nghị đối thoại vào ngày 19/11/2025. Ủy ban nhân dân xã thông báo như sau:",
        "1. Thời gian: 08 giờ 00, thứ Năm, ngày 15/10/2026.",
        "2. Địa điểm: Hội trường UBND xã.",
        "3. Tổ chức thực hiện",
        "- Các thôn gửi kiến nghị của Nhân dân về Văn phòng HĐND và UBND xã trước 16 giờ ngày 12/10/2026.",
        "- Văn phòng HĐND và UBND xã ban hành thông báo kết luận hội nghị trong thời hạn 05 ngày làm việc kể từ ngày tổ chức hội nghị.",
        "Nơi nhận:", "- Lưu: VT.");

    private static readonly string TeamSchedule = string.Join('\n',
        "ỦY BAN NHÂN DÂN", "XÃ HÒA AN", "Số: 99/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hòa An, ngày 01 tháng 9 năm 2026",
        "THÔNG BÁO", "Lịch kiểm tra công tác dân vận tại các thôn",
        "UBND xã thông báo lịch kiểm tra như sau:",
        "TT", "Đơn vị được kiểm tra", "Thời gian kiểm tra", "Thành viên Đoàn", "Ghi chú",
        "I", "ĐOÀN KIỂM TRA SỐ 1",
        "1", "Thôn Đông", "08 giờ 00, thứ Ba (15/9/2026)", "Trưởng đoàn: Chủ tịch UBND xã",
        "2", "Thôn Tây", "Cả ngày 17/9/2026", "Trưởng đoàn: Phó Chủ tịch UBND xã", "Kiểm tra thực tế",
        "Các Đoàn kiểm tra báo cáo kết quả về UBND xã trong thời hạn 03 ngày làm việc kể từ ngày kết thúc kiểm tra.",
        "Nơi nhận:", "- Lưu: VT.");

    private static readonly string LeaderReception = string.Join('\n',
        "ỦY BAN NHÂN DÂN", "XÃ HÒA AN", "Số: 89/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hòa An, ngày 25 tháng 9 năm 2026",
        "THÔNG BÁO", "Lịch tiếp công dân của lãnh đạo UBND xã quý IV năm 2026",
        "Ủy ban nhân dân xã thông báo lịch tiếp công dân như sau:",
        "STT", "Thời gian", "Lãnh đạo tiếp công dân", "Địa điểm",
        "1", "Thứ Năm, ngày 08/10/2026", "Chủ tịch UBND xã", "Phòng tiếp công dân xã",
        "2", "Thứ Năm, ngày 22/10/2026", "Phó Chủ tịch UBND xã", "Phòng tiếp công dân xã",
        "Nơi nhận:", "- Lưu: VT.");

    private static readonly string SupervisionSchedule = string.Join('\n',
        "ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN MỸ", "Số: 44/TB-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Tân Mỹ, ngày 20 tháng 9 năm 2026",
        "THÔNG BÁO", "Kế hoạch làm việc của Đoàn giám sát việc tiếp công dân, giải quyết khiếu nại, tố cáo",
        "Căn cứ Quyết định số 210/QĐ-UBND ngày 15/9/2026 của Chủ tịch UBND phường, Đoàn giám sát thông báo lịch làm việc như sau:",
        "TT", "Ngày làm việc", "Buổi", "Đơn vị được giám sát", "Thành phần",
        "1", "Thứ Hai, 05/10/2026", "Sáng", "Khu phố 1", "Toàn Đoàn",
        "2", "Thứ Hai, 05/10/2026", "Chiều", "Khu phố 2", "Toàn Đoàn",
        "3", "Thứ Tư, 07/10/2026", "Sáng", "Khu phố 3, Khu phố 4", "Tổ công tác số 1",
        "Ghi chú: Các khu phố chuẩn bị báo cáo gửi về Đoàn giám sát chậm nhất 03 ngày làm việc trước ngày giám sát.",
        "Nơi nhận:", "- Lưu: VT.");

    private static readonly string DecisionPage = string.Join('\n',
        "Quy định chế độ báo cáo định kỳ trên địa bàn tỉnh Lâm Hà", "Thứ Hai, 02/3/2026 - 08:15",
        "Ngày 26/02/2026, UBND tỉnh Lâm Hà ban hành Quyết định số 08/2026/QĐ-UBND quy định chế độ báo cáo định kỳ. Theo đó, UBND cấp xã gửi báo cáo năm về Sở Nội vụ chậm nhất ngày 10 tháng 12.");

    public static TheoryData<string, string, DocumentKind, string?, string?, string?, string> Cases => new()
    {
        {
            "calendar letter, spelled-out numbers", CalendarLetter, DocumentKind.OfficialLetter, "58/UBND-VHXH", "UBND phường An Khánh", "2026-01-09",
            "2026-03-06, 2026-06-05, 2026-06-06, 2026-09-06, 2026-11-25, 2026-12-06"
        },
        {
            "provincial office's request", OfficeLetter, DocumentKind.OfficialLetter, "245/SNV-XDCQ", "Sở Nội vụ tỉnh Lâm Hà", "2026-03-03",
            "2026-07-19"
        },
        {
            "comment request", DocumentCases.Letter(
                "Ủy ban nhân dân xã đề nghị các đơn vị nghiên cứu, góp ý dự thảo Kế hoạch (gửi kèm theo).",
                "Văn bản góp ý gửi về UBND xã (qua Phòng Văn hóa - Xã hội) trước ngày 23/01/2026; quá thời hạn trên, đơn vị không có ý kiến được xem như thống nhất."),
            DocumentKind.OfficialLetter, "77/UBND-VHXH", "UBND xã Tân Hiệp", "2026-01-14", "2026-01-22"
        },
        {
            "reception notice, days off moved", ReceptionNotice, DocumentKind.Notice, "12/TB-UBND", "UBND xã Tân Hiệp", "2026-01-05",
            "2026-01-12, 2026-02-10, 2026-03-10, 2026-04-10, 2026-05-11, 2026-06-10, 2026-07-10, 2026-08-10, 2026-09-10, 2026-10-12, 2026-11-10, 2026-12-10"
        },
        {
            "inspection schedule, one cell per line, weekday and time of day", InspectionSchedule, DocumentKind.Notice, "31/TB-UBND",
            "UBND xã Bình An", "2026-08-02", "2026-08-13, 2026-08-18, 2026-08-25, 2026-08-27"
        },
        {
            "supervision schedule, reports counted back in working days from each visit", SupervisionSchedule, DocumentKind.Notice,
            "44/TB-UBND", "UBND phường Tân Mỹ", "2026-09-20", "2026-09-30, 2026-10-02, 2026-10-05, 2026-10-07"
        },
        {
            "reception days listed", ReceptionDates, DocumentKind.Notice, "05/TB-UBND", "UBND phường Hòa Bình", "2025-12-30",
            "2026-01-08, 2026-02-12, 2026-03-12, 2026-04-09, 2026-05-14, 2026-06-11"
        },
        {
            "monthly reception bounded by the title's half-year, days off moved", HalfYearReception, DocumentKind.Notice, "02/TB-UBND",
            "UBND xã An Thạnh", "2026-01-05", "2026-01-15, 2026-02-23, 2026-03-16, 2026-04-15, 2026-05-15, 2026-06-15"
        },
        {
            "monthly reception bounded by the title's run of months, days off moved", RunOfMonthsReception, DocumentKind.Notice, "64/TB-UBND",
            "UBND xã An Hòa", "2026-06-29", "2026-07-20, 2026-08-20, 2026-09-21, 2026-10-20, 2026-11-20, 2026-12-21"
        },
        {
            "working schedule as date-led lines, reports counted back from each visit and from a two-day visit's first day", WorkingScheduleLines,
            DocumentKind.Notice, "120/TB-UBND", "UBND xã Hòa An", "2026-10-02",
            "2026-10-16, 2026-10-20, 2026-10-22, 2026-10-23, 2026-10-27-2026-10-28"
        },
        {
            "reception schedule, a month per pipe row and its days listed", MonthRowReceptionPipe, DocumentKind.Notice, "58/TB-UBND",
            "UBND phường Hòa An", "2026-06-26", "2026-07-09, 2026-07-23, 2026-08-13, 2026-08-27"
        },
        {
            "reception schedule, a month per tab row and its days listed", MonthRowReceptionTab, DocumentKind.Notice, "58/TB-UBND",
            "UBND phường Hòa An", "2026-06-26", "2026-07-09, 2026-07-23, 2026-08-13, 2026-08-27"
        },
        {
            "conference notice: the labelled time, a limit before an hour of a day, a limit counted from the conference", DialogueNotice,
            DocumentKind.Notice, "121/TB-UBND", "UBND xã Hòa An", "2026-10-02", "2026-10-12, 2026-10-15, 2026-10-22"
        },
        {
            "inspection teams in one cell per line: group rows, hours before the day, a whole day, empty notes, a limit from the last visit",
            TeamSchedule, DocumentKind.Notice, "99/TB-UBND", "UBND xã Hòa An", "2026-09-01", "2026-09-15, 2026-09-17, 2026-09-22"
        },
        {
            "reception by the leader of each row, one cell per line", LeaderReception, DocumentKind.Notice, "89/TB-UBND", "UBND xã Hòa An",
            "2026-09-25", "2026-10-08, 2026-10-22"
        },
        {
            "web page reporting a decision, not a plan", DecisionPage, DocumentKind.Other, "08/2026/QĐ-UBND", "UBND tỉnh Lâm Hà", "2026-02-26",
            "2026-12-10"
        },
        {
            "website summary of a reporting regime", RegimeSummary, DocumentKind.Other, null, null, null,
            "2026-03-18, 2026-06-18, 2026-09-18, 2026-12-10, 2026-12-18"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_DocumentThatSetsDeadlines_ReadsKindFieldsAndDeadlines(
        string name, string text, DocumentKind kind, string? number, string? issuer, string? issuedOn, string deadlines)
    {
        var document = PlanDocumentParser.Parse(text);

        Assert.True(kind == document.Kind, name);
        Assert.Equal(number, document.Number);
        Assert.Equal(issuer, document.Issuer);
        Assert.Equal(issuedOn, document.IssuedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(deadlines, DocumentCases.Deadlines(document));
    }

    [Fact]
    public void Parse_ScheduleRowsWithoutATask_TakeTheActivityOfTheParagraphAboveAndTheRowsPosition()
    {
        var notice = PlanDocumentParser.Parse(MonthRowReceptionPipe);

        Assert.Equal(4, notice.Obligations.Count);
        Assert.All(notice.Obligations, o =>
        {
            Assert.StartsWith("Chủ tịch UBND phường tiếp công dân định kỳ vào thứ Năm", o.Description, StringComparison.Ordinal);
            Assert.DoesNotContain("cụ thể", o.Description, StringComparison.Ordinal);
            Assert.Equal(["Chủ tịch UBND phường"], o.Units);
        });
    }

    [Fact]
    public void Parse_ScheduleRowWithTheUnitVisited_FallsOnThatUnit()
    {
        var notice = PlanDocumentParser.Parse(InspectionSchedule);

        var visit = Assert.Single(notice.Obligations, o => o.Rule is DanVanBot.Domain.Plans.Deadlines.OneOffDeadline { LastDay.Day: 25 });
        Assert.Equal(["Ấp Bình Hòa"], visit.Units);
    }

    [Theory]
    [InlineData(20, "Phòng Kinh tế")]
    [InlineData(16, "Phòng Kinh tế")]
    [InlineData(22, "Phòng Văn hóa - Xã hội")]
    [InlineData(20, "Phòng Văn hóa - Xã hội")]
    public void Parse_ScheduleLinesAndTheReportsBeforeEachVisit_FallOnTheUnitVisited(int day, string unit)
    {
        var notice = PlanDocumentParser.Parse(WorkingScheduleLines);

        Assert.Contains(notice.Obligations, o =>
            o.Occurrences.Any(d => d.LastDay == new DateOnly(2026, 10, day) && d.WindowFrom is null) && o.Units.SequenceEqual([unit]));
    }

    [Fact]
    public void Parse_LabelledTimeOfTheDocumentsEvent_IsNamedByTheTitle()
    {
        var notice = PlanDocumentParser.Parse(DialogueNotice);

        var conference = Assert.Single(notice.Obligations, o => o.Rule is DanVanBot.Domain.Plans.Deadlines.OneOffDeadline { LastDay.Day: 15 });
        Assert.Equal("Tổ chức Hội nghị đối thoại với Nhân dân năm 2026", conference.Description);
    }

    [Theory]
    [InlineData(8, "Chủ tịch UBND xã")]
    [InlineData(22, "Phó Chủ tịch UBND xã")]
    public void Parse_ReceptionRowsOneCellPerLine_FallOnTheLeaderOfTheRowNotOnTheRoom(int day, string leader)
    {
        var notice = PlanDocumentParser.Parse(LeaderReception);

        var row = Assert.Single(notice.Obligations, o => o.Occurrences.Any(d => d.LastDay == new DateOnly(2026, 10, day)));
        Assert.Equal([leader], row.Units);
    }

    [Fact]
    public void Parse_DatesListedForOneActivity_AreOneDutyOnEachDay()
    {
        var notice = PlanDocumentParser.Parse(ReceptionDates);

        Assert.All(notice.Obligations, o => Assert.StartsWith("Thời gian: Chủ tịch UBND phường tiếp công dân", o.Description, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Giao Phòng Văn hóa - Xã hội hoàn thiện dự thảo báo cáo sơ kết, trình UBND xã trước ngày 25/5/2026.", "Phòng Văn hóa - Xã hội")]
    [InlineData("Kết thúc đợt kiểm tra, Văn phòng HĐND và UBND xã có trách nhiệm tổng hợp, báo cáo trước ngày 15/11/2026.", "Văn phòng HĐND và UBND xã")]
    [InlineData("Các đơn vị được kiểm tra chuẩn bị báo cáo bằng văn bản trước ngày 14/8/2026.", "Các đơn vị được kiểm tra")]
    [InlineData("Công chức Tư pháp - Hộ tịch tiếp công dân vào thứ Năm hằng tuần tại Bộ phận một cửa.", "Tư pháp - Hộ tịch")]
    [InlineData("Văn phòng HĐND và UBND xã dự thảo thông báo kết luận, trình Chủ tịch UBND xã trước ngày 04/12/2026.", "Văn phòng HĐND và UBND xã")]
    public void Parse_AssignedUnit_IsTheDutysUnit(string sentence, string unit)
    {
        var obligation = Assert.Single(PlanDocumentParser.Parse(DocumentCases.Letter(sentence)).Obligations);

        Assert.Equal([unit], obligation.Units);
    }

    [Fact]
    public void Parse_LetterWithoutSubjectOfItsOwn_OwesTheAddressees()
    {
        var letter = DocumentCases.Letter("Đề nghị gửi báo cáo kết quả về UBND xã trước ngày 20/6/2026.");

        var obligation = Assert.Single(PlanDocumentParser.Parse(letter).Obligations);

        Assert.Equal(["Các phòng chuyên môn thuộc UBND xã", "Trưởng các ấp"], obligation.Units);
    }
}
