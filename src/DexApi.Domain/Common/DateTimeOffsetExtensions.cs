namespace DexApi.Domain.Common;

public static class DateTimeOffsetExtensions
{
    /// <summary>Drops the sub-second part: the API shows and stores whole seconds.</summary>
    public static DateTimeOffset TruncateToSeconds(this DateTimeOffset value)
        => new(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond), value.Offset);
}
