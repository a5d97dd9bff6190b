namespace Search.Core.Ingestion;

/// <summary>One line of a UTF-8 stream without its line break; <see cref="Bytes"/> is empty when the line was too long.</summary>
internal readonly record struct Utf8Line(int Number, ReadOnlyMemory<byte> Bytes, bool IsTooLong);
