using DexApi.Infrastructure.Persistence;
using Npgsql;

namespace DexApi.Infrastructure.IntegrationTests.Persistence;

public sealed class NpgsqlConnectionDefaultsTests
{
    [Fact]
    public void WithServiceDefaults_TurnsOnAutoPrepareAndOffTheReset_WhenTheOperatorSetNeither()
    {
        // Act
        var result = new NpgsqlConnectionStringBuilder(
            NpgsqlConnectionFactory.WithServiceDefaults("Host=db.internal;Username=dexapi;Password=pw;Database=dex"));

        // Assert
        Assert.Equal(NpgsqlConnectionFactory.DefaultMaxAutoPrepare, result.MaxAutoPrepare);
        Assert.True(result.NoResetOnClose);
        Assert.Equal("db.internal", result.Host);
        Assert.Equal("dexapi", result.Username);
        Assert.Equal("pw", result.Password);
        Assert.Equal("dex", result.Database);
    }

    [Theory]
    [InlineData("Host=h;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=h;max auto prepare=0;no reset on close=false")]
    [InlineData("Host=h;MaxAutoPrepare=0;NoResetOnClose=false")]
    public void WithServiceDefaults_KeepsWhatTheOperatorSet(string connectionString)
    {
        // Act
        var result = new NpgsqlConnectionStringBuilder(NpgsqlConnectionFactory.WithServiceDefaults(connectionString));

        // Assert
        Assert.Equal(0, result.MaxAutoPrepare);
        Assert.False(result.NoResetOnClose);
    }
}
