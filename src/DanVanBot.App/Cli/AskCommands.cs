using System.CommandLine;
using System.Globalization;
using DanVanBot.App.Features.Ask;
using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.Language.Questions;

namespace DanVanBot.App.Cli;

/// <summary>
/// <c>ask --today yyyy-MM-dd [--unit NAME] [--org NAME] [--json] [--explain] "question"</c> and <c>ask --batch FILE --json</c>.
/// <c>--explain</c> adds which cues decided the intent and where the window came from.
/// </summary>
internal static class AskCommands
{
    public static Command Create()
    {
        var today = new Option<string?>("--today") { Description = "Ngày hôm nay (yyyy-MM-dd); mặc định: hôm nay giờ Việt Nam" };
        var unit = new Option<string?>("--unit") { Description = "Tên đơn vị của người hỏi" };
        var organisation = new Option<string?>("--org") { Description = "Tên cơ quan (UBND) của người hỏi" };
        var json = new Option<bool>("--json") { Description = "In JSON: {intent, window, items}" };
        var explain = new Option<bool>("--explain") { Description = "Giải thích: từ khóa nào quyết định ý định và khoảng thời gian" };
        var batch = new Option<FileInfo?>("--batch") { Description = "Tệp, mỗi dòng: yyyy-MM-dd<TAB>câu hỏi; in một dòng JSON cho mỗi câu" };
        var question = new Argument<string?>("question") { Arity = ArgumentArity.ZeroOrOne, Description = "Câu hỏi" };
        var command = new Command("ask", "Hỏi như trong Teams và in câu trả lời") { today, unit, organisation, json, explain, batch, question };
        command.SetAction((parse, cancellationToken) => RunAsync(new AskRequest(
            parse.GetValue(today), parse.GetValue(unit), parse.GetValue(organisation), parse.GetValue(json),
            parse.GetValue(batch), parse.GetValue(question)) { Explain = parse.GetValue(explain) }, cancellationToken));
        return command;
    }

    private sealed record AskRequest(string? Today, string? Unit, string? Organisation, bool Json, FileInfo? Batch, string? Question)
    {
        public bool Explain { get; init; }
    }

    private static async Task<int> RunAsync(AskRequest request, CancellationToken cancellationToken)
    {
        if (request.Batch is null && string.IsNullOrWhiteSpace(request.Question))
            return Fail("Thiếu câu hỏi (hoặc --batch FILE).");
        if (request.Batch is { Exists: false } missing) return Fail($"Không tìm thấy tệp {missing.FullName}.");
        DateOnly? today = null;
        if (request.Today is not null)
        {
            if (!TryDate(request.Today, out var parsed)) return Fail($"--today phải có dạng yyyy-MM-dd, không phải '{request.Today}'.");
            today = parsed;
        }

        await using var app = await CliServices.OpenAsync(prepare: true, cancellationToken);
        var asking = new CliAsking(app.Services);
        var asker = await asking.ResolveAskerAsync(request.Organisation, request.Unit, cancellationToken);
        if (asker is null) return Fail($"Không tìm thấy đơn vị/cơ quan '{request.Unit ?? request.Organisation}'.");

        if (request.Batch is null)
        {
            var (answer, day, asked) = await asking.AskAsync(request.Question!, today, asker, cancellationToken);
            await Console.Out.WriteLineAsync(await OutputAsync(asking, request, answer, day, asked, indented: true, cancellationToken));
            return 0;
        }

        foreach (var line in await File.ReadAllLinesAsync(request.Batch.FullName, cancellationToken))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var tab = line.IndexOf('\t');
            if (tab < 0 || !TryDate(line[..tab].Trim(), out var day)) return Fail($"Dòng không hợp lệ (cần yyyy-MM-dd<TAB>câu hỏi): {line}");
            var (answer, _, asked) = await asking.AskAsync(line[(tab + 1)..], day, asker, cancellationToken);
            await Console.Out.WriteLineAsync(await OutputAsync(asking, request, answer, day, asked, indented: false, cancellationToken));
        }
        return 0;
    }

    /// <summary>JSON, or the answer as the chat words it; with --explain, followed by the cues that decided it.</summary>
    private static async Task<string> OutputAsync(
        CliAsking asking, AskRequest request, Answer answer, DateOnly today, Question question, bool indented, CancellationToken cancellationToken)
    {
        if (request.Json) return AskJson.Write(answer, indented, request.Explain ? question : null);
        var text = await asking.RenderAsync(answer, today, cancellationToken);
        return request.Explain ? text + "\n" + AskExplanation.Render(question) : text;
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}
