namespace DanVanBot.Language.Plans;

/// <summary>
/// A document past one of the reader's limits (size of its parts, number of entries, paragraphs, table cells,
/// extracted text, or duties): too large or deliberately malformed to be a plan. Users are told "tệp quá lớn hoặc
/// hỏng"; <see cref="Exception.Message"/> names the limit, for logs.
/// </summary>
public sealed class PlanTooLargeException(string limit) : Exception($"The document exceeds a limit: {limit}.")
{
    public string Limit { get; } = limit;
}
