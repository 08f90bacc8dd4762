namespace DanVanBot.Eval.Documents;

/// <summary>One dated obligation occurrence the reader found, with what is needed to judge and explain it.</summary>
internal sealed record PredictedDeadline(DeadlineKey Key, IReadOnlyList<string> Units, string Description, string? Phrase);

/// <summary>
/// What the code under test read from a document. <see cref="Kind"/> is normalised to the expected files'
/// names (see <see cref="DocumentKinds"/>); null fields mean "not found". <see cref="Problem"/> says why nothing
/// was read (unreadable, not a plan, a crash), null when the reader returned an extraction.
/// </summary>
internal sealed record DocumentPrediction(
    string? Kind,
    string? Number,
    string? Issuer,
    DateOnly? IssuedOn,
    IReadOnlyList<PredictedDeadline> Deadlines,
    string? Problem = null)
{
    public static DocumentPrediction Nothing(string problem) => new(null, null, null, null, [], problem);
}

/// <summary>Anything that reads a document as the bot would: the real reader, or a test's stand-in.</summary>
internal interface IDocumentPredictor
{
    DocumentPrediction Predict(string fileName, byte[] content);
}
