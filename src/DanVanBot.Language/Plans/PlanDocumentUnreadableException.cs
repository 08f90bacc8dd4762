namespace DanVanBot.Language.Plans;

/// <summary>
/// The file cannot be read as a document at all: not a zip package, a broken one, or XML that Word would not open.
/// A corrupt or mislabelled file fails deep in the zip, packaging and XML layers with many exception types; to the
/// user they all mean the same thing.
/// </summary>
public sealed class PlanDocumentUnreadableException(Exception innerException)
    : Exception("The file cannot be read as a Word document: " + innerException.Message, innerException);
