using BenchmarkDotNet.Attributes;
using DanVanBot.Language.Questions;

namespace DanVanBot.Bench.Micro;

/// <summary>
/// Understanding one message (issue 4: median under 1 ms). Each invocation interprets every message once,
/// so the reported time is per message (OperationsPerInvoke), averaged over the realistic mix below.
/// </summary>
[MemoryDiagnoser]
public class QuestionBenchmarks
{
    // How officials actually type: diacritics or not, abbreviations, typos, mentions, English, long sentences.
    private static readonly string[] Messages =
    [
        "tháng này có gì đến hạn?",
        "thang nay co gi den han",
        "<at>DanVanBot</at> tuần sau có báo cáo nào phải nộp không ạ",
        "hạn báo cáo 6 tháng",
        "han bc 6t la ngay nao",
        "bc q3 nop trc ngay bn",
        "đơn vị nào chưa nộp báo cáo quý 3",
        "nhiệm vụ của phòng nội vụ năm nay",
        "tìm kế hoạch 102/KH-UBND",
        "kh dvcq 2024",
        "từ 1/12 đến 15/12 có gì đến hạn",
        "ngày 20 tháng 11 có phải nộp gì không",
        "thnág này có gì đến hnạ",
        "what's due next week",
        "sắp tới có việc gì cần làm không em 😀",
        "đầu tháng sau có hạn nào không",
        "cuối năm phải nộp những báo cáo gì cho UBND huyện",
        "nộp báo cáo quý 3 của phòng văn hóa",
        "trợ giúp",
        "Chào bot, cho mình hỏi kế hoạch số 40 năm 2025 giao cho UBND các phường những nhiệm vụ gì vậy?",
    ];

    private readonly QuestionInterpreter interpreter = new();
    private readonly DateOnly today = new(2026, 11, 21);

    [Benchmark(OperationsPerInvoke = 20)]
    public int InterpretRealisticMessage()
    {
        var found = 0;
        foreach (var message in Messages)
        {
            if (interpreter.Interpret(message, today).Intent != QuestionIntent.Unknown) found++;
        }
        return found;
    }

    [Benchmark]
    public QuestionIntent InterpretTypicalDueQuestion() =>
        interpreter.Interpret("tháng này có gì đến hạn?", today).Intent;
}
