using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVanBot.App.Features.Exports.Document;

/// <summary>
/// Ties text taken from a unit's report to that report: the runs are wrapped in a Word comment naming the report's id,
/// version and time. Comments do not print, and the office removes them all at once ("Delete All Comments") before
/// issuing the report.
/// </summary>
internal sealed class SourceComments(DateTime writtenAt)
{
    public const string Author = "DanVanBot";

    private readonly Comments comments = new();
    private int next;

    public bool Any => next > 0;

    /// <summary>The content with a comment around it saying where it came from.</summary>
    public IEnumerable<OpenXmlElement> Traced(string source, IEnumerable<OpenXmlElement> content)
    {
        var id = (next++).ToString(CultureInfo.InvariantCulture);
        comments.Append(new Comment(new Paragraph(new Run(new Text(XmlText.Clean(source)) { Space = SpaceProcessingModeValues.Preserve })))
        {
            Id = id, Author = Author, Initials = "DVB", Date = writtenAt,
        });
        yield return new CommentRangeStart { Id = id };
        foreach (var element in content) yield return element;
        yield return new CommentRangeEnd { Id = id };
        yield return new Run(new CommentReference { Id = id });
    }

    public Comments Build() => comments;
}
