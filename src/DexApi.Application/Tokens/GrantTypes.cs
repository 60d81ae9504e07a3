namespace DexApi.Application.Tokens;

public static class GrantTypes
{
    public const string Password = "password";
    public const string ClientCredentials = "client_credentials";
    public const string RefreshToken = "refresh_token";
}
