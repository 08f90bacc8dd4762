namespace DanVanBot.Language.Tests.Questions;

/// <summary>
/// Issue 14 question classes, written for these tests (not taken from the evaluation set): intent and window as
/// eval/README.md labels them (deadline windows are the named report's period; a confirmation's window is not checked).
/// </summary>
public sealed class QuestionClassConfirmActivityTests
{
    // Class 3: confirmations are deadline questions (the day claimed is checked by the answer, not used as the window).
    [Theory]
    [InlineData("2026-09-23", "bc quý 3 hạn 15/9 đúng không ạ", "deadline")]
    [InlineData("2026-09-23", "hạn báo cáo năm là 24/11 phải ko", "deadline")]
    [InlineData("2026-09-23", "báo cáo 9 tháng nộp trước 20/9 đúng chưa", "deadline")]
    [InlineData("2026-09-23", "tuần sau là hết hạn bc tháng 9 phải không", "deadline")]
    [InlineData("2026-09-23", "hôm nay là hạn cuối nộp bc quý rồi à", "deadline")]
    [InlineData("2026-09-23", "bc tháng 9 hạn cuối là thứ 6 này nhỉ", "deadline")]
    [InlineData("2026-09-23", "so the annual report is due end of November, correct?", "deadline")]
    [InlineData("2026-09-23", "hạn nộp bc 6 tháng là 14/6 có đúng không", "deadline")]
    [InlineData("2026-09-23", "kiểm tra dân vận làm trong tháng 10 phải không", "deadline")]
    [InlineData("2026-03-18", "bc quy 1 han 20/3 phai ko", "deadline")]
    [InlineData("2026-03-18", "bc thang 3 nop truoc 25/3 dung k", "deadline")]
    [InlineData("2026-03-18", "mai het han bc quy 1 ha", "deadline")]
    [InlineData("2026-03-18", "is the quarterly report due next week?", "deadline")]
    [InlineData("2026-03-18", "han bc 6t la 14/6 dung chua", "deadline")]
    public void Interpret_Confirm_IntentAndWindow(string today, string text, string intent, string? from = "*", string? to = "*") =>
        QuestionExpectations.IntentAndMaybeWindow(text, today, intent, from, to);

    // Class 4: activities, not only reports: inspections, conferences, dialogues, reviews, training… are answerable like reports.
    [Theory]
    [InlineData("2026-09-23", "khi nào có đoàn giám sát về phường", "deadline")]
    [InlineData("2026-09-23", "hội nghị đối thoại với nhân dân tổ chức vào tháng mấy", "deadline")]
    [InlineData("2026-09-23", "tháng 10 có đợt tập huấn nào không", "due", "2026-10-01", "2026-10-31")]
    [InlineData("2026-09-23", "quý 4 có kiểm tra gì không", "due", "2026-10-01", "2026-12-31")]
    [InlineData("2026-09-23", "sơ kết 6 tháng làm vào lúc nào", "deadline", "2026-01-01", "2026-06-30")]
    [InlineData("2026-09-23", "bao giờ tổ chức tổng kết năm", "deadline", "2026-01-01", "2026-12-31")]
    [InlineData("2026-09-23", "năm nay có mấy đợt kiểm tra", "due", "2026-01-01", "2026-12-31")]
    [InlineData("2026-09-23", "tuần sau có cuộc họp nào không", "due", "2026-09-28", "2026-10-04")]
    [InlineData("2026-09-23", "lịch tiếp công dân tháng 10", "due", "2026-10-01", "2026-10-31")]
    [InlineData("2026-09-23", "tuyên truyền quy chế dân chủ làm khi nào", "deadline")]
    [InlineData("2026-09-23", "sắp tới có hội nghị gì không", "due", "2026-09-23", "2026-10-22")]
    [InlineData("2026-03-18", "khi nao doan kiem tra ve xa", "deadline")]
    [InlineData("2026-03-18", "hoi nghi so ket to chuc ngay nao", "deadline")]
    [InlineData("2026-03-18", "thang 4 co lich kiem tra khong", "due", "2026-04-01", "2026-04-30")]
    [InlineData("2026-03-18", "quy nay co tap huan gi ko", "due", "2026-01-01", "2026-03-31")]
    [InlineData("2026-03-18", "when is the dialogue conference?", "deadline")]
    [InlineData("2026-03-18", "any inspections next month?", "due", "2026-04-01", "2026-04-30")]
    [InlineData("2026-03-18", "doi thoai voi nhan dan lam luc nao", "deadline")]
    public void Interpret_Activity_IntentAndWindow(string today, string text, string intent, string? from = "*", string? to = "*") =>
        QuestionExpectations.IntentAndMaybeWindow(text, today, intent, from, to);
}
