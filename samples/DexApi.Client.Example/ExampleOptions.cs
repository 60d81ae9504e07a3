using System.Globalization;

namespace DexApi.Client.Example;

/// <summary>The example's command line: <c>--name value</c> pairs.</summary>
internal sealed record ExampleOptions(
    Uri Url,
    string ClientId,
    string ClientSecret,
    string Email,
    string Password,
    string RedirectUrl,
    int PageSize)
{
    public const string Usage = """
        Usage: DexApi.Client.Example --client-id ID --client-secret SECRET --password ADMIN_PASSWORD
               [--url http://127.0.0.1:5556] [--email admin@example.com]
               [--redirect-url <url>/password-set] [--page-size 10]
        The admin client's id and secret and the admin's password are what the service printed on its first start.
        """;

    public static ExampleOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        if (args.Length % 2 != 0
            || !values.TryGetValue("--client-id", out var clientId)
            || !values.TryGetValue("--client-secret", out var clientSecret)
            || !values.TryGetValue("--password", out var password)
            || !Uri.TryCreate(values.GetValueOrDefault("--url", "http://127.0.0.1:5556"), UriKind.Absolute, out var url)
            || !int.TryParse(
                values.GetValueOrDefault("--page-size", "10"),
                CultureInfo.InvariantCulture,
                out var pageSize))
        {
            return null;
        }

        var root = url.AbsoluteUri.TrimEnd('/');
        return new ExampleOptions(
            new Uri(root + "/"),
            clientId,
            clientSecret,
            values.GetValueOrDefault("--email", "admin@example.com"),
            password,
            values.GetValueOrDefault("--redirect-url", root + "/password-set"),
            pageSize);
    }
}
