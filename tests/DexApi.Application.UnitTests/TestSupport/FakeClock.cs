namespace DexApi.Application.UnitTests.TestSupport;

/// <summary>A clock that stands still until a test moves it.</summary>
public sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
