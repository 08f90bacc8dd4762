namespace DanVanBot.Language.Tests.Questions;

/// <summary>
/// Chat shorthand and particles read by principle (issue 14, classes 1, 3, 5, 8 and the calendar): fixed shorthand
/// ("lm", "lv", "vb", "ds", "fai", "hem"), shorthand read from its neighbours ("ct xã" chủ tịch, "hd e" hướng dẫn, "hđ
/// tháng 6" hoạt động, "p.kt" phòng kinh tế), "nhỉ" after "chưa" closing a yes/no question rather than confirming,
/// English tags ("…, isn't it?"), "thiếu" for what is missing and "sang tháng/năm" for the next period. Written for these
/// tests on Wednesday 13/05/2026; intent and window as eval/README.md labels them ("*": window not checked).
/// </summary>
public sealed class QuestionClassShorthandContextTests
{
    [Theory]
    [InlineData("lm sao gửi bc qua bot", "help")]
    [InlineData("ko bik hỏi bot ntn", "help")]
    [InlineData("hd mình cách xem hạn bc với", "help")]
    [InlineData("hd sử dụng trợ lý", "help")]
    [InlineData("tuần sau mình phải lm những gì", "due", "2026-05-18", "2026-05-24")]
    [InlineData("hđ tháng 6 của xã", "due", "2026-06-01", "2026-06-30")]
    [InlineData("lịch tiếp dân của ct xã tháng này", "due", "2026-05-01", "2026-05-31")]
    [InlineData("2 ngày lv sau 15/5 là ngày nào", "workdays")]
    [InlineData("có vb nào về dân vận khéo k", "search")]
    [InlineData("ds xã chưa nộp bc tháng 4", "missing", "2026-04-01", "2026-04-30")]
    [InlineData("p.kt đã nộp bc tháng 4 chưa", "missing", "2026-04-01", "2026-04-30")]
    [InlineData("p.kt có nv gì", "tasks", null, null)]
    [InlineData("bc tháng 5 hạn 20/5 fai ko", "deadline")]
    [InlineData("hạn bc quý 2 là 15/6 đúng hem", "deadline")]
    [InlineData("the monthly report is due on the 20th, isn't it?", "deadline")]
    [InlineData("em đã nộp bc tháng 4 chưa nhỉ", "missing", "2026-04-01", "2026-04-30")]
    [InlineData("mình gửi bc quý 1 rồi chưa nhỉ", "missing", "2026-01-01", "2026-03-31")]
    [InlineData("phải gửi bc 6 tháng chưa nhỉ", "deadline", "2026-01-01", "2026-06-30")]
    [InlineData("bc quý 1 thiếu của phòng nào", "missing", "2026-01-01", "2026-03-31")]
    [InlineData("sang tháng phải nộp bc gì", "due", "2026-06-01", "2026-06-30")]
    [InlineData("sang năm có nhiệm vụ gì mới", "due", "2027-01-01", "2027-12-31")]
    [InlineData("sáng thứ 6 có họp không", "due", "2026-05-15", "2026-05-15")]
    [InlineData("sang thang 9 co viec gi", "due", "2026-09-01", "2026-09-30")]
    // Particles and tags: "chưa ta" closes a yes/no question; "dân chủ" is no "chứ"; "chứ" confirms.
    [InlineData("xã mình gửi bc tháng 4 chưa ta", "missing", "2026-04-01", "2026-04-30")]
    [InlineData("em gửi kq tự chấm điểm qcdc", "submit")]
    [InlineData("bc tháng 5 nộp trước 20/5 chứ", "deadline")]
    [InlineData("bc thang 5 nop truoc 20/5 chu", "deadline")]
    // Help asked for, and guidance documents that are searched for.
    [InlineData("e đang cần hỗ trợ ạ", "help")]
    [InlineData("có tài liệu hướng dẫn không", "help")]
    [InlineData("công văn hướng dẫn thực hiện quy chế dân chủ", "search")]
    // Presenting a report is sending it.
    [InlineData("đây là bc tháng 4 của xã", "submit")]
    [InlineData("em gửi kèm bc quý 1 ạ", "submit")]
    // Activities named as officials name them.
    [InlineData("tiếp xúc cử tri khi nào", "deadline")]
    // Who has not sent a named month or quarter asks about the one that has been (this year's), not the coming one.
    [InlineData("ai chưa cập nhật tiến độ quý 1", "missing", "2026-01-01", "2026-03-31")]
    [InlineData("xã nào chưa gửi kết quả tháng 3", "missing", "2026-03-01", "2026-03-31")]
    [InlineData("tháng 9 có việc gì", "due", "2026-09-01", "2026-09-30")]
    // Teen code and English typed as officials do.
    [InlineData("mik chưa gửi bc tháng 4 hả", "missing", "2026-04-01", "2026-04-30")]
    [InlineData("bc tháng 4 gửi trước 20/4 hả", "deadline")]
    [InlineData("hum nay có j phải nộp ko", "due", "2026-05-13", "2026-05-13")]
    [InlineData("pnv giao j cho phòng mk", "tasks", null, null)]
    [InlineData("update kết quả nv số 2", "submit")]
    [InlineData("which units have not sent the report for April?", "missing", "2026-04-01", "2026-04-30")]
    [InlineData("good afternoon", "help")]
    [InlineData("bot này dùng để làm gì", "help")]
    [InlineData("phòng văn hóa phải làm gì", "tasks", null, null)]
    public void Interpret_ShorthandAndParticlesInContext_IntentAndWindow(string text, string intent, string? from = "*", string? to = "*") =>
        QuestionExpectations.IntentAndMaybeWindow(text, "2026-05-13", intent, from, to);
}
