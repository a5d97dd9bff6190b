namespace Search.Core.Ingestion;

/// <summary>
/// What a System.Text.Json message says is wrong, without its position: the parser ends its messages with
/// "Path: $.x | LineNumber: 0 | BytePositionInLine: 12.", counting lines and bytes from 0, which reads wrong
/// to people who count from 1; callers say the position their own way.
/// </summary>
public static class JsonErrorText
{
    public static string Reason(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).TrimEnd(' ', '|', '.');
    }
}
