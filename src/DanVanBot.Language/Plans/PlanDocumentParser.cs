using DanVanBot.Domain.Plans;

namespace DanVanBot.Language.Plans;

/// <summary>
/// Reads a Kế hoạch (plan) document into a <see cref="ParsedPlan"/>: header, units, tasks and obligations with
/// their deadlines. Plain text (one paragraph per line, as exported from Word) or .docx.
/// </summary>
public static class PlanDocumentParser
{
    /// <summary>
    /// Linear in the length of <paramref name="text"/> (bench/README.md: 30 KB to 3 MB). <paramref name="cancellationToken"/>
    /// is checked between lines and sentences, so a turn's time limit stops a parse that runs too long.
    /// </summary>
    /// <exception cref="FormatException">No plan year in a heading or title.</exception>
    /// <exception cref="PlanTooLargeException">More than <see cref="ObligationReader.MaxObligations"/> obligations, or their occurrences
    /// or source-line references past <see cref="ObligationReader.MaxOccurrences"/> / <see cref="ObligationReader.MaxSourceLineReferences"/>.</exception>
    public static ParsedPlan Parse(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        // Cleaning normalises Unicode, the costliest step per line: done once for the paragraphs and the header.
        var cleanLines = new string[lines.Length];
        for (var index = 0; index < lines.Length; index++)
        {
            if (index % 1024 == 0) cancellationToken.ThrowIfCancellationRequested();
            cleanLines[index] = PlanParagraphReader.CleanLine(lines[index]);
        }
        var layout = SourceLayout.Of(lines, cleanLines);
        var paragraphs = PlanParagraphReader.Read(lines, cleanLines, cancellationToken, layout);
        var outline = PlanOutline.Build(paragraphs);
        var cleanText = string.Join('\n', cleanLines);
        var news = NewsItem.Read(outline, cleanLines);
        var header = news is null ? PlanHeaderReader.Read(outline, cleanText) : PlanHeaderReader.ReadNews(news, outline);
        // A web page reporting a plan is a news item; one reporting a decision or a circular is a summary of it (other).
        var kind = news is null ? DocumentKindReader.Read(header.HeaderLines, header.Number)
            : news.ReportsPlan ? DocumentKind.News : DocumentKind.Other;
        cancellationToken.ThrowIfCancellationRequested();

        var (mentions, implementationScopes) = ImplementationReader.Read(outline.Implementation);
        List<DutyScope> otherScopes = [.. BodyScope(outline, header), .. TaskScopes(outline)];
        var obligations = ObligationReader.Read([.. otherScopes, .. implementationScopes], header.Period, cancellationToken);
        obligations = StatedExceptions.Apply(obligations, paragraphs);
        obligations = TitleSpan.Apply(obligations, header.Title);
        obligations = LabelledEvent.Apply(obligations, header.Title);
        obligations = AnchoredWorkingDays.Resolve(obligations, header.Title, header.Period);
        obligations = BeforeIssue.Drop(obligations, header.IssuedOn);
        cancellationToken.ThrowIfCancellationRequested();
        var bodyParagraphs = outline.Sections.SelectMany(AllParagraphs).Select(p => p.Text);
        var coordinator = CoordinatorFinder.Find(mentions, implementationScopes, bodyParagraphs);

        return new ParsedPlan(
            header.Number,
            header.Issuer,
            header.Locality,
            header.IssuedOn,
            header.Title,
            header.Period,
            coordinator,
            header.LegalBases,
            CoordinatorFinder.Units(mentions, coordinator),
            Tasks(outline),
            obligations,
            lines)
        {
            Kind = kind,
        };
    }

    /// <summary>Reads a Word document: paragraphs become lines, automatic numbering is written out, tables row by row.</summary>
    /// <exception cref="PlanTooLargeException">Past one of the <see cref="PlanDocumentLimits.Default"/> limits.</exception>
    /// <exception cref="PlanDocumentUnreadableException">Not a Word document, or a broken one.</exception>
    public static ParsedPlan ParseDocx(Stream docx, CancellationToken cancellationToken = default) =>
        ParseDocx(docx, PlanDocumentLimits.Default, cancellationToken);

    /// <inheritdoc cref="ParseDocx(Stream, CancellationToken)"/>
    public static ParsedPlan ParseDocx(Stream docx, PlanDocumentLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(docx);
        ArgumentNullException.ThrowIfNull(limits);
        string text;
        try
        {
            text = DocxPlanText.Read(docx, limits, cancellationToken);
        }
        catch (Exception error) when (error is not (OperationCanceledException or PlanTooLargeException or OutOfMemoryException))
        {
            throw new PlanDocumentUnreadableException(error);
        }
        return Parse(text, cancellationToken);
    }

    /// <summary>Reads a plain-text plan (UTF-8 or a byte-order-marked encoding, one paragraph per line).</summary>
    /// <exception cref="PlanTooLargeException">More text or lines than <paramref name="limits"/> allow.</exception>
    public static ParsedPlan ParseText(Stream text, PlanDocumentLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        limits ??= PlanDocumentLimits.Default;
        using var reader = new StreamReader(text, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[limits.MaxTextCharacters + 1];
        var length = reader.ReadBlock(buffer, 0, buffer.Length);
        if (length > limits.MaxTextCharacters) throw new PlanTooLargeException($"more than {limits.MaxTextCharacters} characters of text");
        var read = buffer.AsSpan(0, length);
        // Lines end in "\n", "\r\n" or (old Mac files) "\r" alone.
        if (Math.Max(read.Count('\n'), read.Count('\r')) >= limits.MaxParagraphs) throw new PlanTooLargeException($"more than {limits.MaxParagraphs} lines");
        return Parse(new string(buffer, 0, length), cancellationToken);
    }

    /// <summary>
    /// A document without sections (a công văn, a thông báo, a news item) states its duties in the body after its
    /// header; a duty whose sentence names nobody falls on the addressees.
    /// </summary>
    private static IEnumerable<DutyScope> BodyScope(PlanOutline outline, PlanHeader header)
    {
        if (outline.Sections.Any(s => s.Kind != SectionKind.Appendix)) yield break;
        var body = outline.Preamble.Skip(header.BodyStart).ToList();
        if (body.Count > 0) yield return new DutyScope(string.Empty, [], body, IsImplementation: true) { FallbackUnits = header.Addressees };
    }

    private static IEnumerable<DutyScope> TaskScopes(PlanOutline outline)
    {
        foreach (var section in outline.Sections.Where(s => s.Kind != SectionKind.Implementation))
        {
            yield return new DutyScope(section.Label, [], section.Body, IsImplementation: false) { NumbersTableRows = section.Kind == SectionKind.Appendix };
            foreach (var item in section.Items)
            {
                yield return new DutyScope(item.Path, [], [item.Heading, .. item.Body], IsImplementation: false);
                foreach (var child in item.Children)
                    yield return new DutyScope(child.Path, [], [child.Heading, .. child.Body], IsImplementation: false);
            }
        }
    }

    private static List<PlanTask> Tasks(PlanOutline outline)
    {
        var tasks = new List<PlanTask>();
        foreach (var section in outline.Sections.Where(s => s.Kind == SectionKind.Tasks))
        {
            if (section.Items.Count == 0)
                tasks.AddRange(section.Body.Where(p => p.Table is null).Select(p => new PlanTask(section.Label, p.Text, p.Lines)));
            foreach (var item in section.Items)
            {
                tasks.Add(new PlanTask(item.Path, item.Heading.Text, item.AllLines.Order().ToList()));
                tasks.AddRange(item.Children.Select(c => new PlanTask(c.Path, c.Heading.Text, c.AllLines.Order().ToList())));
            }
        }
        return tasks;
    }

    private static IEnumerable<PlanParagraph> AllParagraphs(OutlineSection section) =>
        section.Body.Concat(section.Items.SelectMany(AllParagraphs));

    private static IEnumerable<PlanParagraph> AllParagraphs(OutlineItem item) =>
        new[] { item.Heading }.Concat(item.Body).Concat(item.Children.SelectMany(AllParagraphs));
}
