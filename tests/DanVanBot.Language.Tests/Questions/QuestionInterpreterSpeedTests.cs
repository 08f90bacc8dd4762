using System.Diagnostics;
using DanVanBot.Language.Questions;

namespace DanVanBot.Language.Tests.Questions;

/// <summary>Understanding runs on every message: the median must stay well under a millisecond.</summary>
public sealed class QuestionInterpreterSpeedTests
{
    private static readonly string[] Messages =
    [
        "<at>DanVanBot</at> tháng này có gì đến hạn?", "thnág này có gì đến hnạ", "hạn báo cáo 6 tháng",
        "đơn vị nào chưa nộp báo cáo quý 3", "tìm kế hoạch 102/KH-UBND", "từ 1/12 đến 15/12 có gì đến hạn",
        "what's due next week", "nhiệm vụ của phòng nội vụ", "kh dvcq 2024", "trợ giúp",
    ];

    [Fact]
    public void Interpret_TypicalMessages_MedianUnderOneMillisecond()
    {
        var interpreter = new QuestionInterpreter();
        var today = new DateOnly(2026, 3, 18);
        foreach (var message in Messages) interpreter.Interpret(message, today); // warm-up (JIT, regex)
        var samples = new List<double>(Messages.Length * 50);
        for (var round = 0; round < 50; round++)
        {
            foreach (var message in Messages)
            {
                var started = Stopwatch.GetTimestamp();
                interpreter.Interpret(message, today);
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        samples.Sort();
        var median = samples[samples.Count / 2];
        Assert.True(median < 1.0, $"median {median:F3} ms");
    }
}
