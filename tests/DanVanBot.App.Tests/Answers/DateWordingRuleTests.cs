using System.Reflection;
using DanVanBot.App.Features.Ask;
using DanVanBot.App.Features.Nudges;
using DanVanBot.App.Features.Plans;
using DanVanBot.App.Features.Reports;
using DanVanBot.App.Tests.Plans;

namespace DanVanBot.App.Tests.Answers;

/// <summary>
/// One wording rule for dates (point 3): plans write "trước ngày X" for a last day of X−1, so nothing the bot says may
/// use "trước ngày" about the day it names. Checked on every sentence the bot can say: the texts classes and the cards.
/// </summary>
public sealed class DateWordingRuleTests
{
    public static TheoryData<string, string> Sentences()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in new[] { typeof(BotTexts), typeof(PlanTexts), typeof(AskTexts), typeof(NudgeTexts), typeof(ReportTexts) })
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(string)))
                data.Add(type.Name + "." + field.Name, (string)field.GetValue(null)!);
        }
        foreach (var card in Directory.GetFiles(PlanImportHarness.RepoFile("cards"), "*.json"))
            data.Add(Path.GetFileName(card), File.ReadAllText(card));
        return data;
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Sentence_NeverSaysTrướcNgàyAboutTheDayItNames(string where, string text)
    {
        Assert.True(!text.Contains("trước ngày", StringComparison.OrdinalIgnoreCase), $"{where} says “trước ngày”: {text}");
    }
}
