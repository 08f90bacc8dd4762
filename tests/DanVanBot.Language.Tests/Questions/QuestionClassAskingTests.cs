namespace DanVanBot.Language.Tests.Questions;

/// <summary>
/// Issue 14 question classes, written for these tests (not taken from the evaluation set): intent and window as
/// eval/README.md labels them (deadline windows are the named report's period; a confirmation's window is not checked).
/// </summary>
public sealed class QuestionClassAskingTests
{
    // Class 1: asking is not submitting. A question that mentions sending or submitting (with nào, gì, khi nào, không, chưa…) asks what is due or when, never submits.
    [Theory]
    [InlineData("2026-09-23", "tuần này có phải gửi báo cáo gì lên huyện không", "due", "2026-09-21", "2026-09-27")]
    [InlineData("2026-09-23", "pnv bảo nộp bc gì vậy", "due", "2026-09-23", "2026-10-22")]
    [InlineData("2026-09-23", "em cần nộp những loại báo cáo nào trong quý 4", "due", "2026-10-01", "2026-12-31")]
    [InlineData("2026-09-23", "gui bc quy 3 truoc ngay nao", "deadline", "2026-07-01", "2026-09-30")]
    [InlineData("2026-09-23", "nộp báo cáo 9 tháng vào lúc nào ạ", "deadline", "2026-01-01", "2026-09-30")]
    [InlineData("2026-09-23", "báo cáo năm gửi ai, khi nào", "deadline", "2026-01-01", "2026-12-31")]
    [InlineData("2026-09-23", "đợt này có phải nộp bc quý không chị", "deadline", "2026-07-01", "2026-09-30")]
    [InlineData("2026-09-23", "có cần gửi báo cáo tháng 9 không", "deadline", "2026-09-01", "2026-09-30")]
    [InlineData("2026-09-23", "bao giờ thì phải gửi bc 6 tháng cuối năm", "deadline", "2026-07-01", "2026-12-31")]
    [InlineData("2026-09-23", "what reports do I need to submit this month", "due", "2026-09-01", "2026-09-30")]
    [InlineData("2026-09-23", "tháng 10 phải gửi bc gì cho ubnd xã", "due", "2026-10-01", "2026-10-31")]
    [InlineData("2026-09-23", "nộp bc gì trước 30/9 vậy", "due", "2026-09-23", "2026-09-29")]
    [InlineData("2026-03-18", "tuan sau co phai nop bc gi ko", "due", "2026-03-23", "2026-03-29")]
    [InlineData("2026-03-18", "thang 4 can gui nhung bc nao len huyen", "due", "2026-04-01", "2026-04-30")]
    [InlineData("2026-03-18", "bc quy 1 nop truoc ngay may", "deadline", "2026-01-01", "2026-03-31")]
    [InlineData("2026-03-18", "co phai gui bc quy 1 k", "deadline", "2026-01-01", "2026-03-31")]
    [InlineData("2026-03-18", "e can nop bc thang 3 ko a", "deadline", "2026-03-01", "2026-03-31")]
    [InlineData("2026-03-18", "phải nộp báo cáo quý 1 chưa ạ", "deadline", "2026-01-01", "2026-03-31")]
    [InlineData("2026-03-18", "which reports are due this week", "due", "2026-03-16", "2026-03-22")]
    [InlineData("2026-03-18", "do I need to send anything next week?", "due", "2026-03-23", "2026-03-29")]
    [InlineData("2026-03-18", "nop bc quy 1 nhe", "submit")]
    [InlineData("2026-03-18", "gửi báo cáo tháng 3 của phòng văn hóa", "submit")]
    [InlineData("2026-03-18", "em nộp bc 6 tháng đây ạ", "submit")]
    [InlineData("2026-03-18", "upload bc quy 1", "submit")]
    public void Interpret_Asking_IntentAndWindow(string today, string text, string intent, string? from = "*", string? to = "*") =>
        QuestionExpectations.IntentAndMaybeWindow(text, today, intent, from, to);

    // Class 2: a time expression makes it a due question: the window asked about, whatever the verb (làm, triển khai, hoàn thành, nhiệm vụ…).
    [Theory]
    [InlineData("2026-09-23", "tuần tới em phải làm những gì", "due", "2026-09-28", "2026-10-04")]
    [InlineData("2026-09-23", "quý 4 có những việc gì cần triển khai", "due", "2026-10-01", "2026-12-31")]
    [InlineData("2026-09-23", "tháng 11 xã có những hoạt động gì", "due", "2026-11-01", "2026-11-30")]
    [InlineData("2026-09-23", "từ giờ đến cuối tháng còn việc gì phải làm không", "due", "2026-09-23", "2026-09-30")]
    [InlineData("2026-09-23", "trong tuần này cần hoàn thành những việc gì", "due", "2026-09-21", "2026-09-27")]
    [InlineData("2026-09-23", "nhiệm vụ tháng 10 của văn phòng", "due", "2026-10-01", "2026-10-31")]
    [InlineData("2026-09-23", "việc cần làm trong quý tới", "due", "2026-10-01", "2026-12-31")]
    [InlineData("2026-09-23", "next month what do we need to do", "due", "2026-10-01", "2026-10-31")]
    [InlineData("2026-09-23", "tháng sau nữa có việc gì không", "due", "2026-11-01", "2026-11-30")]
    [InlineData("2026-09-23", "công việc trọng tâm 6 tháng cuối năm", "due", "2026-07-01", "2026-12-31")]
    [InlineData("2026-09-23", "cuối năm nay phải hoàn thành những việc gì", "due", "2026-09-23", "2026-12-31")]
    [InlineData("2026-03-18", "tuan toi lam gi", "due", "2026-03-23", "2026-03-29")]
    [InlineData("2026-03-18", "quy 2 xa can lam nhung viec gi", "due", "2026-04-01", "2026-06-30")]
    [InlineData("2026-03-18", "thang nay phong minh co viec gi ko", "due", "2026-03-01", "2026-03-31")]
    [InlineData("2026-03-18", "what do we have to do in April", "due", "2026-04-01", "2026-04-30")]
    [InlineData("2026-03-18", "cong viec thang sau", "due", "2026-04-01", "2026-04-30")]
    [InlineData("2026-03-18", "sang thang 5 co nhung hoat dong nao", "due", "2026-05-01", "2026-05-31")]
    public void Interpret_Time_IntentAndWindow(string today, string text, string intent, string? from = "*", string? to = "*") =>
        QuestionExpectations.IntentAndMaybeWindow(text, today, intent, from, to);
}
