namespace Search.Core.Ingestion;

/// <summary>Why a record was not indexed. Reported per record and counted in the summary.</summary>
public enum RejectionReason
{
    InvalidJson,
    MissingField,
    MissingBody,
    ImpossibleDate,
    EmptyFile,
    BinaryFile,
    TooLarge,
    UnreadableFile,
    UnrecognisedFormat,
}
