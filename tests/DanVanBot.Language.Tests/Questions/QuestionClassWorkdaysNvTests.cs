namespace DanVanBot.Language.Tests.Questions;

/// <summary>
/// Issue 14 question classes, written for these tests (not taken from the evaluation set): intent and window as
/// eval/README.md labels them (deadline windows are the named report's period; a confirmation's window is not checked).
/// </summary>
public sealed class QuestionClassWorkdaysNvTests
{
    // Class 7: working-day arithmetic and questions about the working calendar.
    [Theory]
    [InlineData("2026-09-23", "họp ngày 2/10, gửi tài liệu trước 3 ngày làm việc thì là ngày nào", "workdays")]
    [InlineData("2026-09-23", "10 ngày làm việc kể từ 25/9 là ngày mấy", "workdays")]
    [InlineData("2026-09-23", "từ 1/10 đến 31/10 có bao nhiêu ngày làm việc", "workdays")]
    [InlineData("2026-09-23", "thứ 7 này có phải đi làm không", "workdays")]
    [InlineData("2026-09-23", "2/9 có được nghỉ không", "workdays")]
    [InlineData("2026-09-23", "trong vòng 7 ngày làm việc kể từ hôm nay thì hạn là ngày nào", "workdays")]
    [InlineData("2026-03-18", "hop ngay 25/3 gui tai lieu truoc 2 ngay lam viec la ngay nao", "workdays")]
    [InlineData("2026-03-18", "3 working days before 27/3?", "workdays")]
    [InlineData("2026-03-18", "5 ngay lam viec sau 20/3 la ngay nao", "workdays")]
    [InlineData("2026-03-18", "thu 7 nay co di lam ko", "workdays")]
    public void Interpret_Workdays_IntentAndWindow(string today, string text, string intent, string? from = "*", string? to = "*") =>
        QuestionExpectations.IntentAndMaybeWindow(text, today, intent, from, to);

    // Class 8: 'nv' is nhiệm vụ or nội vụ by context.
    [Theory]
    [InlineData("2026-09-23", "nv của phòng văn hóa là gì", "tasks", null, null)]
    [InlineData("2026-09-23", "gửi bc cho nv huyện trước ngày nào", "deadline")]
    [InlineData("2026-09-23", "phòng nv có nv gì trong tháng này", "due", "2026-09-01", "2026-09-30")]
    [InlineData("2026-09-23", "các nv được giao năm nay", "due", "2026-01-01", "2026-12-31")]
    [InlineData("2026-09-23", "cán bộ nv phụ trách nhiệm vụ gì", "tasks", null, null)]
    [InlineData("2026-09-23", "nv nào chưa hoàn thành", "missing")]
    [InlineData("2026-09-23", "pnv đã nhận bc quý 3 của xã chưa", "missing", "2026-07-01", "2026-09-30")]
    [InlineData("2026-09-23", "chị ơi nv tuần này là gì ạ", "due", "2026-09-21", "2026-09-27")]
    [InlineData("2026-03-18", "cac nv thang 4", "due", "2026-04-01", "2026-04-30")]
    [InlineData("2026-03-18", "nv cua pnv la gi", "tasks", null, null)]
    [InlineData("2026-03-18", "gui bc ve nv truoc ngay nao", "deadline")]
    [InlineData("2026-03-18", "phong nv da nhan bc cua xa minh chua", "missing")]
    [InlineData("2026-03-18", "can bo nv xa phai lam gi", "tasks", null, null)]
    public void Interpret_Nv_IntentAndWindow(string today, string text, string intent, string? from = "*", string? to = "*") =>
        QuestionExpectations.IntentAndMaybeWindow(text, today, intent, from, to);
}
