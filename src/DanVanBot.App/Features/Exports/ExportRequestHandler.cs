using System.Globalization;
using DanVanBot.App.Features.Ask;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Plans;
using DanVanBot.Domain.Time;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Audit;

namespace DanVanBot.App.Features.Exports;

/// <summary>
/// "Xuất báo cáo tổng hợp quý 3", "tải bảng theo dõi", or the compliance card's buttons, from a coordinator: a signed
/// download link per organisation they coordinate, valid 15 minutes. Each link given is audited (and each download,
/// by <see cref="ExportEndpoints"/>). The gate let only coordinators in; links are made only for their own organisations.
/// </summary>
internal sealed class ExportRequestHandler(TurnQuestion question, ExportLinks links, IAuditLog audit, TimeProvider clock, ILogger<ExportRequestHandler> logger)
    : IFeatureHandler
{
    public const string Verb = "export.request";
    public const string FormatKey = "format";
    public const string FromKey = "from";
    public const string ToKey = "to";

    private static readonly string[] WorkbookPhrases = ["bang theo doi", "tai bang", "xuat bang", "xuat excel", "xuat xlsx"];
    private static readonly string[] ReportPhrases = ["xuat bao cao", "tai bao cao tong hop", "xuat bc tong hop", "xuat docx", "xuat word"];

    public static bool Matches(TurnContext turn) => TurnPhrases.Contains(turn, [.. WorkbookPhrases, .. ReportPhrases]);

    public async Task HandleAsync(TurnContext turn)
    {
        var user = await turn.CurrentUserAsync();
        var action = CardAction.TryRead(turn.Activity);
        var request = action is null ? FromText(turn) : FromCard(action);
        if (request is not var (format, window))
        {
            await turn.AnswerActionAsync(action!, ExportTexts.RequestInvalid);
            return;
        }

        var period = new ExportPeriod(window);
        var lines = new List<string>();
        foreach (var organisation in user.Memberships.Where(m => m.Role == Domain.Roster.RosterRole.Coordinator).DistinctBy(m => m.OrganisationId))
        {
            if (links.Create(organisation.OrganisationId, format, window, user.AadObjectId!) is not var (link, grant))
            {
                await turn.AnswerActionAsync(action ?? NoAction, ExportTexts.NoPublicAddress);
                return;
            }
            var name = format == ExportFormat.Xlsx ? ExportTexts.WorkbookName : ExportTexts.ReportName;
            lines.Add(string.Format(CultureInfo.InvariantCulture, ExportTexts.LinkReady, name, organisation.OrganisationName, period.Title,
                (int)links.Lifetime.TotalMinutes, VietnamTime.Local(grant.ExpiresAt).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture), link));
            await audit.WriteAsync(new AuditEntry(user.AadObjectId!, user.Name, "export.link",
                $"Lấy liên kết tải {name} {period.Title} của {organisation.OrganisationName}", turn.Activity.Conversation?.Id,
                organisation.OrganisationId), turn.CancellationToken);
            Log.ExportLinkGiven(logger, organisation.OrganisationId, format.Extension(), window.ToString(), user.AadObjectId!);
        }
        await turn.ReplyTextAsync(string.Join("\n\n", lines));
        if (action is { IsInvoke: true }) await turn.AnswerActionAsync(action, ExportTexts.LinkSentInChat);
    }

    private static readonly CardAction NoAction = new(Verb, default, IsInvoke: false);

    /// <summary>The format from the words, the period from the question ("quý 3"); the current quarter when none is named.</summary>
    private (ExportFormat, DateWindow)? FromText(TurnContext turn)
    {
        var folded = Language.Text.VietnameseText.Fold(turn.TextWithoutMentions);
        var format = WorkbookPhrases.Any(p => folded.Contains(p, StringComparison.Ordinal)) ? ExportFormat.Xlsx : ExportFormat.Docx;
        return (format, question.For(turn).Window ?? CurrentQuarter());
    }

    private static (ExportFormat, DateWindow)? FromCard(CardAction action)
    {
        var format = ExportFormats.Parse(action.GetString(FormatKey));
        var parsed = DateOnly.TryParseExact(action.GetString(FromKey), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
                     & DateOnly.TryParseExact(action.GetString(ToKey), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to);
        return format is { } f && parsed && from <= to ? (f, new DateWindow(from, to)) : null;
    }

    private DateWindow CurrentQuarter()
    {
        var today = VietnamTime.Today(clock);
        var from = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);
        return new DateWindow(from, from.AddMonths(3).AddDays(-1));
    }
}
