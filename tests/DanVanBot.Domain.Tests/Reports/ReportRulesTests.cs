using DanVanBot.Domain.Reports;

namespace DanVanBot.Domain.Tests.Reports;

public sealed class ReportRulesTests
{
    private static ReportFormInput Input(
        string? results = "Tổ chức 3 hội nghị đối thoại với 450 lượt người dân", string? progress = null, string? percent = null,
        string? difficulties = null, string? proposals = null, string? reference = null) =>
        new(results, progress, percent, difficulties, proposals, reference);

    [Fact]
    public void Check_AllFieldsValid_ContentTrimmedAndProgressMapped()
    {
        var check = ReportRules.Check(Input("  Đã tổ chức 2 buổi  ", "inProgress", "60", " Thiếu kinh phí ", "Bổ sung biên chế", "15/BC-UBND"));

        Assert.True(check.IsValid);
        Assert.Equal(new ReportContent("Đã tổ chức 2 buổi", ReportProgress.InProgress, 60, "Thiếu kinh phí", "Bổ sung biên chế", "15/BC-UBND"),
            check.Content);
        Assert.Empty(check.Problems);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n  ")]
    public void Check_ResultsEmpty_MissingNamedAndNoContent(string? results)
    {
        var check = ReportRules.Check(Input(results, difficulties: "vẫn giữ"));

        Assert.Null(check.Content);
        Assert.Equal([new ReportProblem(ReportField.Results, ReportProblemKind.Missing)], check.Problems);
    }

    [Fact]
    public void Check_EveryFieldWrongAtOnce_EachProblemNamed()
    {
        var tooLong = new string('a', 4001);
        var check = ReportRules.Check(Input(tooLong, "xong rồi", "abc", tooLong, tooLong, new string('b', 501)));

        Assert.Equal(
        [
            new ReportProblem(ReportField.Results, ReportProblemKind.TooLong, 4000),
            new ReportProblem(ReportField.Progress, ReportProblemKind.NotAChoice),
            new ReportProblem(ReportField.PercentComplete, ReportProblemKind.NotANumber),
            new ReportProblem(ReportField.Difficulties, ReportProblemKind.TooLong, 4000),
            new ReportProblem(ReportField.Proposals, ReportProblemKind.TooLong, 4000),
            new ReportProblem(ReportField.DocumentReference, ReportProblemKind.TooLong, 500),
        ], check.Problems);
    }

    [Theory]
    [InlineData("inProgress", "0", 0)]
    [InlineData("inProgress", "100", 100)]
    [InlineData("inProgress", "75%", 75)]
    [InlineData("inProgress", "50.0", 50)]
    [InlineData("completed", "", null)]
    public void Check_PercentWhileInProgress_Accepted(string progress, string percent, int? expected)
    {
        Assert.Equal(expected, ReportRules.Check(Input(progress: progress, percent: percent)).Content?.PercentComplete);
    }

    [Theory]
    [InlineData("inProgress", "101", ReportProblemKind.OutOfRange)]
    [InlineData("inProgress", "-1", ReportProblemKind.OutOfRange)]
    [InlineData("inProgress", "12.5", ReportProblemKind.NotANumber)]
    [InlineData("inProgress", "năm mươi", ReportProblemKind.NotANumber)]
    [InlineData("completed", "100", ReportProblemKind.OnlyWhileInProgress)]
    [InlineData(null, "40", ReportProblemKind.OnlyWhileInProgress)]
    public void Check_PercentWrong_Named(string? progress, string percent, ReportProblemKind kind)
    {
        var check = ReportRules.Check(Input(progress: progress, percent: percent));

        Assert.Equal(new ReportProblem(ReportField.PercentComplete, kind, kind == ReportProblemKind.OutOfRange ? 100 : null), Assert.Single(check.Problems));
    }

    [Fact]
    public void Check_ExactlyAtTheLimits_Accepted()
    {
        var check = ReportRules.Check(Input(new string('x', 4000), reference: new string('y', 500)));

        Assert.True(check.IsValid);
    }
}
