using MediatR;

namespace DexApi.Application.Bootstrap.Commands.BootstrapAdmin;

/// <summary>
/// Creates the admin client and admin user when the database holds neither users nor clients. Returns
/// what was created, with the values that were generated, or null when there was nothing to do.
/// </summary>
public sealed record BootstrapAdminCommand : IRequest<BootstrapResult?>;

/// <summary>What the bootstrap created. Generated secrets appear here once and are stored only as hashes.</summary>
/// <param name="AdminEmail">The admin user's email.</param>
/// <param name="GeneratedPassword">The admin user's password, when it was generated.</param>
/// <param name="AdminClientId">The admin client's id.</param>
/// <param name="GeneratedClientSecret">The admin client's secret, when it was generated.</param>
/// <param name="RedirectUris">The admin client's redirect URIs.</param>
public sealed record BootstrapResult(
    string AdminEmail,
    string? GeneratedPassword,
    string AdminClientId,
    string? GeneratedClientSecret,
    IReadOnlyList<string> RedirectUris);
