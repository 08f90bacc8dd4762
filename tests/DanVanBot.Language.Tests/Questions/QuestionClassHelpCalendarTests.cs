namespace DanVanBot.Language.Tests.Questions;

/// <summary>
/// Issue 14 question classes, written for these tests (not taken from the evaluation set): intent and window as
/// eval/README.md labels them (deadline windows are the named report's period; a confirmation's window is not checked).
/// </summary>
public sealed class QuestionClassHelpCalendarTests
{
    // Class 5: help asked in many ways: how to do something here, the bot as the topic, a form or template (help until the report form exists).
    [Theory]
    [InlineData("2026-09-23", "làm thế nào để xem các việc sắp đến hạn", "help")]
    [InlineData("2026-09-23", "bot giúp được gì cho em", "help")]
    [InlineData("2026-09-23", "hỏi bot thế nào cho đúng", "help")]
    [InlineData("2026-09-23", "mẫu báo cáo 6 tháng có không", "help")]
    [InlineData("2026-09-23", "where can I find the report template", "help")]
    [InlineData("2026-09-23", "hướng dẫn nộp báo cáo", "help")]
    [InlineData("2026-09-23", "bot này làm được những gì vậy", "help")]
    [InlineData("2026-09-23", "em không biết hỏi gì", "help")]
    [InlineData("2026-09-23", "có hướng dẫn sử dụng không", "help")]
    [InlineData("2026-09-23", "gửi file kế hoạch cho bot bằng cách nào", "help")]
    [InlineData("2026-09-23", "làm sao để đổi đơn vị", "help")]
    [InlineData("2026-03-18", "lam sao de nop bc", "help")]
    [InlineData("2026-03-18", "huong dan su dung bot", "help")]
    [InlineData("2026-03-18", "bot lam dc nhung j", "help")]
    [InlineData("2026-03-18", "cho e xin mau bc 6 thang", "help")]
    [InlineData("2026-03-18", "how do I submit a report?", "help")]
    [InlineData("2026-03-18", "e moi dung bot, hoi gi dc a", "help")]
    [InlineData("2026-03-18", "hi bot", "help")]
    [InlineData("2026-03-18", "ko bit hoi gi luon", "help")]
    [InlineData("2026-03-18", "báo cáo năm gồm những mục gì", "help")]
    [InlineData("2026-03-18", "có mẫu bc tháng không ạ", "help")]
    [InlineData("2026-03-18", "trợ lý này làm những việc gì", "help")]
    [InlineData("2026-03-18", "hey there", "help")]
    [InlineData("2026-03-18", "ad ơi bot ơi", "help")]
    [InlineData("2026-03-18", "bot ơi trời mưa to quá", "unknown")]
    [InlineData("2026-03-18", "e up bc tháng 2 nhé", "submit")]
    [InlineData("2026-03-18", "up file bc quý 1 lên đây", "submit")]
    public void Interpret_Help_IntentAndWindow(string today, string text, string intent, string? from = "*", string? to = "*") =>
        QuestionExpectations.IntentAndMaybeWindow(text, today, intent, from, to);

    // Class 6: calendar words: weekdays (T6 = thứ 6 by context), parts of months, vague counts, lunar festivals from the lunar calendar.
    [Theory]
    [InlineData("2026-09-23", "thứ 5 này có gì đến hạn", "due", "2026-09-24", "2026-09-24")]
    [InlineData("2026-09-23", "T2 tuần sau có phải nộp gì không", "due", "2026-09-28", "2026-09-28")]
    [InlineData("2026-09-23", "thứ bảy này có gì không", "due", "2026-09-26", "2026-09-26")]
    [InlineData("2026-09-23", "giữa tháng sau có gì phải nộp", "due", "2026-10-11", "2026-10-20")]
    [InlineData("2026-09-23", "hết tháng này có gì cần nộp", "due", "2026-09-23", "2026-09-30")]
    [InlineData("2026-09-23", "đầu tháng 11 có gì đến hạn", "due", "2026-11-01", "2026-11-10")]
    [InlineData("2026-09-23", "cuối tháng 10 có gì đến hạn", "due", "2026-10-21", "2026-10-31")]
    [InlineData("2026-09-23", "trước Trung thu có gì phải nộp", "due", "2026-09-23", "2026-09-24")]
    [InlineData("2026-09-23", "sau Tết có gì phải nộp", "due", "2027-02-07", "2027-03-08")]
    [InlineData("2026-09-23", "trước Tết dương lịch phải nộp gì", "due", "2026-09-23", "2026-12-31")]
    [InlineData("2026-09-23", "từ giờ đến Tết có gì đến hạn", "due", "2026-09-23", "2027-02-06")]
    [InlineData("2026-09-23", "mấy hôm tới có hạn gì không", "due", "2026-09-23", "2026-09-29")]
    [InlineData("2026-09-23", "còn mấy ngày nữa hết hạn bc quý 3", "deadline", "2026-07-01", "2026-09-30")]
    [InlineData("2026-09-23", "chiều mai có gì phải nộp không", "due", "2026-09-24", "2026-09-24")]
    [InlineData("2026-09-23", "cuối quý này có gì đến hạn", "due", "2026-09-23", "2026-09-30")]
    [InlineData("2026-09-23", "tuần sau nữa có gì đến hạn", "due", "2026-10-05", "2026-10-11")]
    [InlineData("2026-09-23", "3 ngày tới có gì đến hạn", "due", "2026-09-23", "2026-09-25")]
    [InlineData("2026-09-23", "trong 1 tuần nữa có gì phải nộp", "due", "2026-09-23", "2026-09-29")]
    [InlineData("2026-09-23", "sau rằm tháng 8 có gì phải nộp", "due", "2026-09-26", "2026-10-25")]
    [InlineData("2026-03-18", "t6 nay co gi den han", "due", "2026-03-20", "2026-03-20")]
    [InlineData("2026-03-18", "thu 2 tuan sau co gi phai nop", "due", "2026-03-23", "2026-03-23")]
    [InlineData("2026-03-18", "cuoi thang nay co gi", "due", "2026-03-18", "2026-03-31")]
    [InlineData("2026-03-18", "giua thang 4 co gi den han", "due", "2026-04-11", "2026-04-20")]
    [InlineData("2026-03-18", "vai hom nua co gi phai nop ko", "due", "2026-03-18", "2026-03-24")]
    [InlineData("2026-03-18", "con may ngay nua het han bc quy 1", "deadline", "2026-01-01", "2026-03-31")]
    [InlineData("2026-03-18", "truoc 30/4 phai nop gi", "due", "2026-03-18", "2026-04-29")]
    [InlineData("2026-03-18", "den het thang 4 co gi den han", "due", "2026-03-18", "2026-04-30")]
    [InlineData("2026-03-18", "what's due by Friday?", "due", "2026-03-18", "2026-03-20")]
    [InlineData("2026-03-18", "anything due this weekend?", "due", "2026-03-21", "2026-03-22")]
    [InlineData("2026-03-18", "sau gio to co gi phai nop", "due", "2026-04-27", "2026-05-26")]
    public void Interpret_Calendar_IntentAndWindow(string today, string text, string intent, string? from = "*", string? to = "*") =>
        QuestionExpectations.IntentAndMaybeWindow(text, today, intent, from, to);
}
