using DanVanBot.Domain.Plans;
using DanVanBot.Language.Plans;

namespace DanVanBot.Language.Tests.Documents;

/// <summary>
/// News items about a plan (issue 14, documents 3): the plan's number, issuer and date, the year possibly only in the
/// posting time next to the headline, and the windows and deadlines the item reports; past events, related items'
/// dates and the posting time itself are not deadlines.
/// </summary>
public sealed class NewsItemTests
{
    public static TheoryData<string, string, string, string, string> Items => new()
    {
        {
            string.Join('\n',
                "Tỉnh Lâm Hà triển khai công tác dân vận chính quyền năm 2026",
                "Thứ Ba, 20/01/2026 - 15:30",
                "Ngày 19/01, Ủy ban nhân dân tỉnh Lâm Hà ban hành Kế hoạch số 15/KH-UBND về thực hiện công tác dân vận chính quyền năm 2026.",
                "Theo Kế hoạch, Sở Nội vụ chủ trì tổ chức kiểm tra tại một số xã, phường trong quý III; UBND các xã, phường báo cáo kết quả 6 tháng về Sở Nội vụ trước ngày 10/6 và báo cáo năm trước ngày 15/11.",
                "Năm 2025, toàn tỉnh tổ chức 1.245 cuộc đối thoại, nhân dịp kỷ niệm 80 năm Cách mạng Tháng Tám (19/8/1945 - 19/8/2025)."),
            "15/KH-UBND", "UBND tỉnh Lâm Hà", "2026-01-19", "2026-06-09, 2026-07-01-2026-09-30, 2026-11-14"
        },
        {
            string.Join('\n',
                "Trang chủ > Tin tức > Chính quyền",
                "Phường Bình Minh tổ chức đối thoại với Nhân dân",
                "15-04-2026 09:20",
                "UBND phường Bình Minh vừa ban hành Kế hoạch số 41/KH-UBND ngày 10/4 về tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân.",
                "Hội nghị đối thoại dự kiến tổ chức trong tháng 5; trước đó, các khu phố tổng hợp ý kiến, kiến nghị gửi về UBND phường trước ngày 25/4.",
                "Tin liên quan:", "- Phường Bình Minh tiếp công dân định kỳ tháng 3 (12/03/2026)"),
            "41/KH-UBND", "UBND phường Bình Minh", "2026-04-10", "2026-04-24, 2026-05-01-2026-05-31"
        },
        {
            string.Join('\n',
                "Xã Phước Hòa kiểm tra công tác dân vận chính quyền",
                "Cập nhật lúc: 03/03/2026 08:05 | Lượt xem: 96",
                "Ngày 02/3, UBND xã Phước Hòa ban hành Kế hoạch số 19/KH-UBND về kiểm tra công tác dân vận chính quyền năm 2026; thời gian kiểm tra từ tháng 9 đến tháng 10.",
                "Nội dung kiểm tra tập trung vào việc giải quyết kiến nghị trong giai đoạn từ tháng 01/2025 đến tháng 12/2025."),
            "19/KH-UBND", "UBND xã Phước Hòa", "2026-03-02", "2026-09-01-2026-10-31"
        },
    };

    [Theory]
    [MemberData(nameof(Items))]
    public void Parse_NewsItem_ReadsThePlansFieldsAndWindows(string text, string number, string issuer, string issuedOn, string deadlines)
    {
        var item = PlanDocumentParser.Parse(text);

        Assert.Equal(DocumentKind.News, item.Kind);
        Assert.Equal(number, item.Number);
        Assert.Equal(issuer, item.Issuer);
        Assert.Equal(issuedOn, item.IssuedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(deadlines, DocumentCases.Deadlines(item));
    }
}
