// Signs in as an admin, creates a user and pages through all users, with DexApi.Client.
// Usage: dotnet run --project samples/DexApi.Client.Example -- --client-id ID --client-secret SECRET
//        --password ADMIN_PASSWORD [--url http://127.0.0.1:5556] [--email admin@example.com]
//        [--redirect-url <url>/password-set] [--page-size 10]
using System.Globalization;
using System.Net.Http.Headers;
using DexApi.Client;
using DexApi.Client.Example;

var options = ExampleOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(ExampleOptions.Usage);
    return 2;
}

using var http = new HttpClient { BaseAddress = options.Url };
try
{
    var tokens = new DexTokenClient(http, options.ClientId, options.ClientSecret);
    var token = await tokens.RequestPasswordTokenAsync(options.Email, options.Password);
    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
    Console.WriteLine($"Signed in as {options.Email}.");

    var users = new UsersClient(http);
    var email = $"example-{Guid.NewGuid():N}@example.com";
    var created = await users.CreateAsync(new UserCreateRequest
    {
        User = new User { Email = email, DisplayName = "Example user" },
        RedirectURL = options.RedirectUrl,
    });
    Console.WriteLine($"Created {created.User.Email} with id {created.User.Id}.");
    Console.WriteLine(created.EmailSent
        ? "The invitation went out by mail."
        : $"No mail was sent; the invitation link is {created.ResetPasswordLink}");

    string? pageToken = null;
    var pageNumber = 0;
    do
    {
        var page = await users.ListAsync(options.PageSize, pageToken);
        pageNumber++;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Page {pageNumber}:"));
        foreach (var user in page.Users)
        {
            var flags = (user.Admin ? " admin" : "") + (user.Disabled ? " disabled" : "");
            Console.WriteLine($"  {user.Email} ({user.Id}, created {user.CreatedAt}){flags}");
        }

        pageToken = page.NextPageToken;
    }
    while (pageToken is not null);

    return 0;
}
catch (DexApiException failure)
{
    Console.Error.WriteLine($"DexApi answered {failure.StatusCode}: {failure.Error}: {failure.ErrorDescription}");
    return 1;
}
