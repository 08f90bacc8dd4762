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

    // The phrasings of issue 14: calendar words, lunar references, confirmations, activities, day arithmetic, context.
    private static readonly string[] Issue14Messages =
    [
        "tháng sau phải nộp những báo cáo nào?",
        "cần gửi báo cáo gì cho phòng nội vụ?",
        "tuần sau phải làm gì",
        "ra Tết cần làm những gì",
        "báo cáo 6 tháng gửi trước 10/6 phải không?",
        "mai là hết hạn nộp bc quý rồi hả?",
        "báo cáo năm chậm nhất cuối tháng 11 đúng chưa?",
        "quý này có đoàn kiểm tra xuống xã không?",
        "bao giờ thì tổ chức hội nghị đối thoại?",
        "sơ kết 6 tháng làm vào lúc nào?",
        "em mới dùng, hỏi gì được?",
        "cho xin biểu mẫu báo cáo quý",
        "T6 này có hạn gì không",
        "thứ hai tuần sau có gì đến hạn",
        "giữa tháng sau có gì phải nộp",
        "còn mấy ngày nữa hết hạn bc quý 3",
        "trước rằm tháng Giêng phải xong những việc gì",
        "phải gửi hồ sơ trước ngày họp 3 ngày làm việc, họp ngày 12/3 thì hạn là hôm nào?",
        "các nv tháng này",
        "gửi bc cho pnv trước ngày nào",
    ];

    private readonly QuestionInterpreter interpreter = new();
    private readonly DateOnly today = new(2026, 11, 21);

    [Benchmark(OperationsPerInvoke = 20)]
    public int InterpretRealisticMessage() => InterpretAll(Messages);

    [Benchmark(OperationsPerInvoke = 20)]
    public int InterpretIssue14Message() => InterpretAll(Issue14Messages);

    private int InterpretAll(string[] messages)
    {
        var found = 0;
        foreach (var message in messages)
        {
            if (interpreter.Interpret(message, today).Intent != QuestionIntent.Unknown) found++;
        }
        return found;
    }

    [Benchmark]
    public QuestionIntent InterpretTypicalDueQuestion() =>
        interpreter.Interpret("tháng này có gì đến hạn?", today).Intent;
}
