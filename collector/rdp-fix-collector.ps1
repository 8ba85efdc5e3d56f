<#
.SYNOPSIS
    rdp-fix server collector: reads what only the server knows about Remote Desktop. It changes nothing.

.DESCRIPTION
    Run it in an elevated Windows PowerShell 5.1 on the computer that refuses Remote Desktop connections.
    It prints ONE line that starts with RDPFIX1: ; paste that line back into the rdp-fix conversation, or save
    it to a file and run: rdp-fix diagnose <host> --evidence FILE.

    Read-only: it sets, creates, removes, starts and stops nothing, and writes no file. It reads no secrets and
    reports no user names: failed logons are a count. Whatever it cannot read is listed in the report under
    "unreadable" instead of stopping the script.

.PARAMETER Json
    Print the report as plain JSON instead of the RDPFIX1 line (to read it, or to pass it to --evidence).
#>
[CmdletBinding()]
param([switch]$Json)

$ErrorActionPreference = 'Stop'
$script:Unreadable = [System.Collections.ArrayList]::new()
$script:Since = (Get-Date).AddHours(-24)
$IsoFormat = 'yyyy-MM-ddTHH:mm:ssZ'

# ---- helpers ------------------------------------------------------------------------------------------------

# Runs one reading; a failure becomes an entry under "unreadable" and the fact is null. The parameter names are
# unusual on purpose: the reading runs in a child scope and must not see them instead of its caller's variables.
# A reading that returns a list writes ,@(...) so that an empty or one-item list stays a list.
function Get-Fact([string]$FactName, [scriptblock]$FactReader) {
    try { & $FactReader }
    catch {
        [void]$script:Unreadable.Add([ordered]@{ fact = $FactName; reason = (Limit-Text $_.Exception.Message 200) })
        $null
    }
}

function Limit-Text([string]$Text, [int]$Length) {
    if ($null -eq $Text) { return $null }
    $flat = ($Text -replace '\s+', ' ').Trim()
    if ($flat.Length -le $Length) { return $flat }
    return $flat.Substring(0, $Length - 1) + [char]0x2026
}

function ConvertTo-IsoTime([datetime]$Time) { $Time.ToUniversalTime().ToString($IsoFormat) }

# A registry value, or null when the key or the value does not exist.
function Get-RegistryValue([string]$Path, [string]$Name) {
    $item = Get-ItemProperty -LiteralPath $Path -Name $Name -ErrorAction SilentlyContinue
    if ($null -eq $item) { return $null }
    return $item.$Name
}

# A policy value wins over the listener's own value, as Remote Desktop Services applies them.
function Get-ListenerValue([string]$Name) {
    $policy = Get-RegistryValue 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services' $Name
    if ($null -ne $policy) { return [int]$policy }
    $own = Get-RegistryValue 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp' $Name
    if ($null -ne $own) { return [int]$own }
    return $null
}

# ---- one function per fact ----------------------------------------------------------------------------------

function Get-ComputerFacts {
    $system = Get-Fact 'computer.domain' { Get-CimInstance -ClassName Win32_ComputerSystem }
    $os = Get-Fact 'computer.os' { Get-CimInstance -ClassName Win32_OperatingSystem }
    $tspkg = Get-Fact 'computer.tspkgVersion' {
        $info = (Get-Item -LiteralPath "$env:SystemRoot\System32\tspkg.dll").VersionInfo
        '{0}.{1}.{2}.{3}' -f $info.FileMajorPart, $info.FileMinorPart, $info.FileBuildPart, $info.FilePrivatePart
    }
    [ordered]@{
        name         = $env:COMPUTERNAME
        domain       = if ($system -and $system.PartOfDomain) { [string]$system.Domain } else { $null }
        os           = if ($os) { [string]$os.Caption } else { $null }
        build        = if ($os) { [int]$os.BuildNumber } else { $null }
        tspkgVersion = $tspkg
    }
}

function Get-ListenerCertificateHash {
    Get-Fact 'listener.certificateHash' {
        $setting = Get-CimInstance -Namespace 'root\cimv2\TerminalServices' -ClassName Win32_TSGeneralSetting -Filter "TerminalName='RDP-Tcp'"
        if ($setting -and $setting.SSLCertificateSHA1Hash) { ([string]$setting.SSLCertificateSHA1Hash).ToUpperInvariant() } else { $null }
    }
}

function Get-ListenerFacts([string]$CertificateHash) {
    $deny = Get-Fact 'listener.denyConnections' {
        $policy = Get-RegistryValue 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Terminal Services' 'fDenyTSConnections'
        $own = Get-RegistryValue 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server' 'fDenyTSConnections'
        if ($null -ne $policy) { [int]$policy -eq 1 } elseif ($null -ne $own) { [int]$own -eq 1 } else { $null }
    }
    [ordered]@{
        securityLayer             = Get-Fact 'listener.securityLayer' { Get-ListenerValue 'SecurityLayer' }
        userAuthentication        = Get-Fact 'listener.userAuthentication' { Get-ListenerValue 'UserAuthentication' }
        minEncryptionLevel        = Get-Fact 'listener.minEncryptionLevel' { Get-ListenerValue 'MinEncryptionLevel' }
        portNumber                = Get-Fact 'listener.portNumber' {
            $value = Get-RegistryValue 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server\WinStations\RDP-Tcp' 'PortNumber'
            if ($null -ne $value) { [int]$value } else { $null }
        }
        denyConnections           = $deny
        maxOutstandingConnections = Get-Fact 'listener.maxOutstandingConnections' {
            $value = Get-RegistryValue 'HKLM:\SYSTEM\CurrentControlSet\Control\Terminal Server' 'MaxOutstandingConnections'
            if ($null -ne $value) { [int]$value } else { $null }
        }
        certificateHash           = $CertificateHash
    }
}

# Whether NETWORK SERVICE, which TermService runs as, may read the key file (directly or through a group).
function Get-KeyAccess($Certificate) {
    if (-not $Certificate.HasPrivateKey) { return 'no-private-key' }
    $key = $null
    try { $key = Get-PrivateKey $Certificate }
    catch { return 'no-private-key' }
    if ($null -eq $key) { return 'no-private-key' }
    if ($key.GetType().Name -eq 'RSACng') {
        $file = Join-Path $env:ProgramData ('Microsoft\Crypto\Keys\' + $key.Key.UniqueName)
        $alternative = Join-Path $env:ProgramData ('Microsoft\Crypto\RSA\MachineKeys\' + $key.Key.UniqueName)
        if (-not (Test-Path -LiteralPath $file)) { $file = $alternative }
    }
    else {
        $file = Join-Path $env:ProgramData ('Microsoft\Crypto\RSA\MachineKeys\' + $key.CspKeyContainerInfo.UniqueKeyContainerName)
    }
    if (-not (Test-Path -LiteralPath $file)) { return 'key-file-missing' }
    $readers = @('S-1-5-20', 'S-1-1-0', 'S-1-5-11', 'S-1-5-32-545')
    $allowed = $false
    foreach ($rule in (Get-Acl -LiteralPath $file).Access) {
        $sid = ''
        try { $sid = $rule.IdentityReference.Translate([System.Security.Principal.SecurityIdentifier]).Value } catch { continue }
        if ($readers -notcontains $sid) { continue }
        $reads = ([int]$rule.FileSystemRights -band 1) -ne 0
        if ($reads -and [string]$rule.AccessControlType -eq 'Deny') { return 'network-service-cannot-read' }
        if ($reads -and [string]$rule.AccessControlType -eq 'Allow') { $allowed = $true }
    }
    if ($allowed) { return 'network-service-can-read' } else { return 'network-service-cannot-read' }
}

# CNG keys need .NET 4.6 (GetRSAPrivateKey); older frameworks only know the CryptoAPI key (PrivateKey).
function Get-PrivateKey($Certificate) {
    $extensions = 'System.Security.Cryptography.X509Certificates.RSACertificateExtensions' -as [type]
    if ($extensions) { return $extensions::GetRSAPrivateKey($Certificate) }
    return $Certificate.PrivateKey
}

function Get-KeyProvider($Certificate) {
    $key = Get-PrivateKey $Certificate
    if ($null -eq $key) { return $null }
    if ($key.GetType().Name -eq 'RSACng') { return [string]$key.Key.Provider.Provider }
    return [string]$key.CspKeyContainerInfo.ProviderName
}

function Get-CertificateFacts([string]$Thumbprint) {
    if (-not $Thumbprint) { return $null }
    $store = $null
    $certificate = $null
    foreach ($name in @('Remote Desktop', 'My')) {
        $path = "Cert:\LocalMachine\$name\$Thumbprint"
        if (Test-Path -LiteralPath $path) { $store = $name; $certificate = Get-Item -LiteralPath $path; break }
    }
    if ($null -eq $certificate) {
        return [ordered]@{
            thumbprint = $Thumbprint; store = $null; subject = $null; dnsNames = @(); issuer = $null
            notBefore = $null; notAfter = $null; keyProvider = $null; keyAccess = $null
        }
    }
    [ordered]@{
        thumbprint  = $Thumbprint
        store       = $store
        subject     = Limit-Text $certificate.Subject 300
        dnsNames    = @($certificate.DnsNameList | Select-Object -First 20 | ForEach-Object { [string]$_.Unicode })
        issuer      = Limit-Text $certificate.Issuer 300
        notBefore   = ConvertTo-IsoTime $certificate.NotBefore
        notAfter    = ConvertTo-IsoTime $certificate.NotAfter
        keyProvider = Get-Fact 'certificate.keyProvider' { Get-KeyProvider $certificate }
        keyAccess   = Get-Fact 'certificate.keyAccess' { Get-KeyAccess $certificate }
    }
}

function Get-ServiceState([string]$Name) {
    Get-Fact "services.$Name" {
        $service = Get-CimInstance -ClassName Win32_Service -Filter "Name='$Name'"
        if ($null -eq $service) { $null } else { [ordered]@{ status = [string]$service.State; startType = [string]$service.StartMode } }
    }
}

function Get-ServiceFacts {
    [ordered]@{
        termService  = Get-ServiceState 'TermService'
        sessionEnv   = Get-ServiceState 'SessionEnv'
        umRdpService = Get-ServiceState 'UmRdpService'
    }
}

function Get-ListeningFacts([int]$Port) {
    Get-Fact 'listening' {
        $termService = Get-CimInstance -ClassName Win32_Service -Filter "Name='TermService'"
        $sockets = @(Get-NetTCPConnection -State Listen -LocalPort $Port -ErrorAction SilentlyContinue)
        $owned = $null
        if ($sockets.Count -gt 0) {
            $owned = @($sockets | Where-Object { $_.OwningProcess -ne $termService.ProcessId }).Count -eq 0
        }
        [ordered]@{ port = $Port; sockets = $sockets.Count; ownedByTermService = $owned }
    }
}

function Get-ProfileName([string]$Category) {
    switch ($Category) { 'DomainAuthenticated' { 'Domain' } 'Private' { 'Private' } default { 'Public' } }
}

function Get-FirewallFacts([int]$Port) {
    Get-Fact 'firewall' {
        $profiles = @(Get-NetFirewallProfile | ForEach-Object {
                [ordered]@{ name = [string]$_.Name; enabled = ([string]$_.Enabled -eq 'True') }
            })
        $active = @(Get-NetConnectionProfile -ErrorAction SilentlyContinue |
                ForEach-Object { Get-ProfileName ([string]$_.NetworkCategory) } | Select-Object -Unique)
        $filters = @(Get-NetFirewallPortFilter -Protocol TCP | Where-Object { @($_.LocalPort) -contains [string]$Port -or @($_.LocalPort) -contains 'Any' })
        $rules = @($filters | Get-NetFirewallRule | Where-Object { [string]$_.Direction -eq 'Inbound' } | Select-Object -First 20 | ForEach-Object {
                $addresses = @(($_ | Get-NetFirewallAddressFilter).RemoteAddress | Select-Object -First 20 | ForEach-Object { [string]$_ })
                $ports = @(($_ | Get-NetFirewallPortFilter).LocalPort | Select-Object -First 20 | ForEach-Object { [string]$_ })
                [ordered]@{
                    name            = Limit-Text $_.DisplayName 300
                    enabled         = ([string]$_.Enabled -eq 'True')
                    direction       = [string]$_.Direction
                    action          = [string]$_.Action
                    profiles        = [string]$_.Profile
                    remoteAddresses = $addresses
                    localPorts      = $ports
                }
            })
        [ordered]@{ profiles = $profiles; activeProfiles = $active; rules = $rules }
    }
}

function Get-ProtocolSwitches {
    Get-Fact 'schannel.protocols' {
        $root = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols'
        , @(foreach ($protocol in @('SSL 3.0', 'TLS 1.0', 'TLS 1.1', 'TLS 1.2', 'TLS 1.3')) {
                foreach ($side in @('Server', 'Client')) {
                    $path = "$root\$protocol\$side"
                    if (-not (Test-Path -LiteralPath $path)) { continue }
                    $enabled = Get-RegistryValue $path 'Enabled'
                    $disabledByDefault = Get-RegistryValue $path 'DisabledByDefault'
                    [ordered]@{
                        protocol          = $protocol
                        side              = $side
                        enabled           = if ($null -ne $enabled) { [int]$enabled } else { $null }
                        disabledByDefault = if ($null -ne $disabledByDefault) { [int]$disabledByDefault } else { $null }
                    }
                }
            })
    }
}

function Get-SchannelFacts {
    [ordered]@{
        protocols             = Get-ProtocolSwitches
        cipherSuiteOrder      = Get-Fact 'schannel.cipherSuiteOrder' {
            $functions = Get-RegistryValue 'HKLM:\SOFTWARE\Policies\Microsoft\Cryptography\Configuration\SSL\00010002' 'Functions'
            if ($null -eq $functions) { $null } else { , @((@($functions) -join ',') -split ',' | Where-Object { $_ } | Select-Object -First 80) }
        }
        fipsPolicy            = Get-Fact 'schannel.fipsPolicy' {
            $value = Get-RegistryValue 'HKLM:\SYSTEM\CurrentControlSet\Control\Lsa\FIPSAlgorithmPolicy' 'Enabled'
            if ($null -ne $value) { [int]$value -eq 1 } else { $false }
        }
        allowEncryptionOracle = Get-Fact 'schannel.allowEncryptionOracle' {
            $value = Get-RegistryValue 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters' 'AllowEncryptionOracle'
            if ($null -ne $value) { [int]$value } else { $null }
        }
    }
}

# KB3080079 (TLS 1.1/1.2 for RDS on 2008 R2) and the May 2018 CredSSP updates; the ranking reads tspkg.dll.
function Get-HotfixFacts {
    Get-Fact 'hotfixes' {
        $wanted = @('KB3080079', 'KB4103718', 'KB4103712', 'KB4103725', 'KB4103715', 'KB4103723', 'KB4103731', 'KB4103727', 'KB4103721')
        , @(Get-HotFix -ErrorAction SilentlyContinue | Where-Object { $wanted -contains $_.HotFixID } | ForEach-Object { [string]$_.HotFixID } | Select-Object -Unique)
    }
}

# Events of the last 24 hours, newest first; "no events" is a count of 0, not a failure.
function Get-RecentEvents([hashtable]$Filter) {
    $Filter.StartTime = $script:Since
    try { @(Get-WinEvent -FilterHashtable $Filter -MaxEvents 100000) }
    catch { if ($_.FullyQualifiedErrorId -match 'NoMatchingEventsFound') { @() } else { throw } }
}

function Get-EventCount([string]$Name, [hashtable]$Filter) {
    Get-Fact "events.$Name" {
        $events = @(Get-RecentEvents $Filter)
        $latest = $null
        if ($events.Count -gt 0) {
            $latest = [ordered]@{ at = ConvertTo-IsoTime $events[0].TimeCreated; message = Limit-Text $events[0].Message 200 }
        }
        [ordered]@{ count = $events.Count; latest = $latest }
    }
}

# Schannel 36888 carries the TLS alert and the Schannel error state as its first two event properties.
function Get-AlertEventCount {
    Get-Fact 'events.schannel-36888' {
        $events = @(Get-RecentEvents @{ LogName = 'System'; ProviderName = 'Schannel'; Id = 36888 })
        $latest = $null
        if ($events.Count -gt 0) {
            $values = @($events[0].Properties | ForEach-Object { $_.Value })
            $latest = [ordered]@{
                at      = ConvertTo-IsoTime $events[0].TimeCreated
                message = Limit-Text $events[0].Message 200
                alert   = if ($values.Count -gt 0 -and $values[0] -is [ValueType]) { [int]$values[0] } else { $null }
                state   = if ($values.Count -gt 1 -and $values[1] -is [ValueType]) { [int]$values[1] } else { $null }
            }
        }
        [ordered]@{ count = $events.Count; latest = $latest }
    }
}

function Get-EventFacts {
    $rcm = 'Microsoft-Windows-TerminalServices-RemoteConnectionManager'
    [ordered]@{
        'rcm-1057'       = Get-EventCount 'rcm-1057' @{ ProviderName = $rcm; Id = 1057 }
        'rcm-1058'       = Get-EventCount 'rcm-1058' @{ ProviderName = $rcm; Id = 1058 }
        'rcm-1006'       = Get-EventCount 'rcm-1006' @{ ProviderName = $rcm; Id = 1006 }
        'schannel-36870' = Get-EventCount 'schannel-36870' @{ LogName = 'System'; ProviderName = 'Schannel'; Id = 36870 }
        'schannel-36871' = Get-EventCount 'schannel-36871' @{ LogName = 'System'; ProviderName = 'Schannel'; Id = 36871 }
        'schannel-36874' = Get-EventCount 'schannel-36874' @{ LogName = 'System'; ProviderName = 'Schannel'; Id = 36874 }
        'schannel-36888' = Get-AlertEventCount
        # A count only: the messages of failed logons name users.
        'security-4625'  = Get-Fact 'events.security-4625' {
            [ordered]@{ count = @(Get-RecentEvents @{ LogName = 'Security'; Id = 4625 }).Count }
        }
    }
}

function Test-Elevated {
    $identity = [System.Security.Principal.WindowsIdentity]::GetCurrent()
    ([System.Security.Principal.WindowsPrincipal]$identity).IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)
}

# ---- the report and its one line ----------------------------------------------------------------------------

function Get-ServerReport {
    if (-not (Test-Elevated)) {
        [void]$script:Unreadable.Add([ordered]@{ fact = 'elevation'; reason = 'not run as administrator: the Security log and key permissions may be unreadable' })
    }
    $hash = Get-ListenerCertificateHash
    $listener = Get-ListenerFacts $hash
    $port = if ($listener.portNumber) { [int]$listener.portNumber } else { 3389 }
    [ordered]@{
        format      = 'rdp-fix-server-report'
        version     = 1
        collectedAt = ConvertTo-IsoTime (Get-Date)
        computer    = Get-ComputerFacts
        listener    = $listener
        certificate = Get-Fact 'certificate' { Get-CertificateFacts $hash }
        services    = Get-ServiceFacts
        listening   = Get-ListeningFacts $port
        firewall    = Get-FirewallFacts $port
        schannel    = Get-SchannelFacts
        hotfixes    = Get-HotfixFacts
        events      = Get-EventFacts
        unreadable  = @($script:Unreadable | Select-Object -First 60)
    }
}

# RDPFIX1: + base64 of gzip of "<first 16 hex digits of the JSON's SHA-256>`n<JSON>", all in memory.
function ConvertTo-ReportLine([string]$ReportJson) {
    $sha = [System.Security.Cryptography.SHA256]::Create()
    $digest = -join ($sha.ComputeHash([System.Text.Encoding]::UTF8.GetBytes($ReportJson)) | ForEach-Object { $_.ToString('x2') })
    $payload = [System.Text.Encoding]::UTF8.GetBytes($digest.Substring(0, 16) + "`n" + $ReportJson)
    $packed = [System.IO.MemoryStream]::new()
    $gzip = [System.IO.Compression.GZipStream]::new($packed, [System.IO.Compression.CompressionMode]::Compress)
    [System.IO.MemoryStream]::new($payload).CopyTo($gzip)
    $gzip.Dispose()
    'RDPFIX1:' + [Convert]::ToBase64String($packed.ToArray())
}

# The line must fit a Discord modal field (4,000 characters): shorten event messages, then the cipher list.
function Get-FittingLine($Report) {
    $line = ConvertTo-ReportLine ($Report | ConvertTo-Json -Depth 10 -Compress)
    if ($line.Length -le 4000) { return $line }
    foreach ($name in @($Report.events.Keys)) {
        $entry = $Report.events[$name]
        if ($entry -and $entry.latest) { $entry.latest.message = Limit-Text $entry.latest.message 40 }
    }
    if ($Report.schannel.cipherSuiteOrder) { $Report.schannel.cipherSuiteOrder = @($Report.schannel.cipherSuiteOrder | Select-Object -First 12) }
    if ($Report.firewall) { $Report.firewall.rules = @($Report.firewall.rules | Select-Object -First 6) }
    ConvertTo-ReportLine ($Report | ConvertTo-Json -Depth 10 -Compress)
}

$report = Get-ServerReport
if ($Json) { $report | ConvertTo-Json -Depth 10 } else { Get-FittingLine $report }
