import { describe, expect, it } from "vitest";
import { shippedFlow } from "../support/engine-conversation.js";
import { capToSixteenthsRatio, readFacts } from "../support/reading-cost.js";

// The second round of reading rules (issue 20, reading precision and recall across writers): one block per
// class of wording found in the second blind set's misses, each case worded as another writer would, not as
// the post that showed the class. Read with the shipped flow, so the wordings are the real ones.
const flow = shippedFlow();
const read = (text: string) => readFacts(flow, text);

describe("facts implied by names", () => {
  it.each([
    ["the 2016 rdsh farm", "2016-2019"],
    ["our 2019 dcs", "2016-2019"],
    ["the new 2022 session hosts", "2022-or-newer"],
    ["a 2012 jump host", "2012r2"],
    ["rdp to an old windows 8.1 pc", "2012r2"],
    ["the sbs 2011 box", "2008r2-or-older"],
    ["w2k22 template", "2022-or-newer"],
  ])("GIVEN %j THEN the server's Windows reads %s", (text, answer) => {
    expect(read(text)["server-os"]).toBe(answer);
  });

  it("GIVEN a year that is a date, not a version THEN no server Windows is read", () => {
    expect(read("unpatched since 2019, rdp fails")["server-os"]).toBeUndefined();
  });

  it.each([
    ["igel thin clients", "freerdp"],
    ["through apache guacamole", "freerdp"],
    ["rdesktop from a linux laptop", "freerdp"],
    // A Windows version said beside a non-Windows client is usually the contrast, not the client.
    ["from guac it fails, from win10 it works", "freerdp"],
    ["mac users fail, the windows 11 people are fine", "mac-mobile"],
    // The app that works is not the client that fails.
    ["the new windows app connects fine but the old rd client app fails", "mac-old-app"],
  ])("GIVEN %j THEN the client reads %s", (text, answer) => {
    expect(read(text)["client-app"]).toBe(answer);
  });

  it.each([
    ["sophos endpoint on the laptop", "security-suite"],
    ["bitdefender on my pc", "security-suite"],
    ["the forticlient vpn client", "vpn-client"],
    ["zscaler and norton on this laptop", "both"],
  ])("GIVEN %j THEN the client's security product reads %s", (text, answer) => {
    expect(read(text)["client-security"]).toBe(answer);
  });

  it("GIVEN a product named without a change THEN no client change is read", () => {
    expect(read("zscaler is on every laptop")["client-change"]).toBeUndefined();
    expect(read("since IT put mcafee on my laptop")["client-change"]).toBe("security-or-vpn-installed");
  });

  it.each([
    ["got in through the drac", "console-only"],
    ["only the proxmox console works", "console-only"],
    ["anydesk still gets me in", "other-remote-tools"],
    ["I can still get in with enter-pssession", "other-remote-tools"],
  ])("GIVEN %j THEN the other way in reads %s", (text, answer) => {
    expect(read(text)["console-access"]).toBe(answer);
  });
});

describe("scope", () => {
  it("GIVEN shorthand and typos THEN they are read as the words meant", () => {
    expect(read("borked since the upd8s on thurs, every1 gets int error, pssession ok")).toEqual({
      "since-when": "sudden",
      "who-affected": "everyone",
      "error-shown": "internal-error",
      "console-access": "other-remote-tools",
    });
  });

  it.each([
    ["the home users fail", "some"],
    ["the ipad users get kicked", "some"],
    ["everyone on windows 10 is fine", "some"],
    ["the 3rd floor can't get in", "some"],
    ["half the people cannot rdp", "some"],
    ["the contractors cannot log in", "some"],
    ["windows users are unaffected", "some"],
    ["my colleagues can, I can't", "only-this-client"],
    ["other users in my team connect without issues", "only-this-client"],
    ["coworkers without the agent are fine", "only-this-client"],
    ["all my colleagues cannot connect", "everyone"],
    ["the entire accounts floor is down", "everyone"],
  ])("GIVEN %j THEN who is affected reads %s", (text, answer) => {
    expect(read(text)["who-affected"]).toBe(answer);
  });

  it("GIVEN a wording that ends inside a neutral one starting after it THEN it is not read", () => {
    expect(read("fails on the vpn and in the office")["network-path"]).toBeUndefined();
    expect(read("mstsc works for everyone else")["who-affected"]).toBe("only-this-client");
  });

  it.each(["is rdp down for anyone else?", "anybody else seeing 0x904?"])(
    "GIVEN %j (asking about others) THEN nobody's scope is read",
    (text) => {
      expect(read(text)["who-affected"]).toBeUndefined();
    },
  );

  it.each([
    ["we pushed the gpo to all servers", undefined],
    ["applied on all our servers last week", undefined],
    ["rdp to every host drops", "all-fail"],
    ["cannot rdp to anything", "all-fail"],
  ])("GIVEN %j THEN other hosts read %s (a change's target is not the client's reach)", (text, answer) => {
    expect(read(text)["other-hosts"]).toBe(answer);
  });
});

describe("contrast by place", () => {
  it.each([
    ["over the ipsec tunnel it stalls, from hq it connects", "vpn-only-fails"],
    ["on anyconnect it drops, at the office it's rock solid", "vpn-only-fails"],
    ["from the branch it hangs, from hq it works", "outside-fails"],
  ])("GIVEN %j THEN the path reads %s", (text, answer) => {
    expect(read(text)["network-path"]).toBe(answer);
  });

  it("GIVEN a server open to the internet THEN exposure is read, not a port test nor the client's path", () => {
    expect(read("the box has 3389 open to the internet")).toEqual({ "internet-exposed": "exposed" });
  });

  it("GIVEN a port forwarded by number THEN exposure is read", () => {
    expect(read("we forward 3389 on the firewall to it")["internet-exposed"]).toBe("exposed");
  });
});

describe("errors in their forms", () => {
  it("GIVEN the client's own CredSSP message with its 'could be' THEN it is read, not taken as doubt", () => {
    expect(read("rdp says 'this could be due to CredSSP encryption oracle remediation'")["error-shown"]).toBe(
      "credssp",
    );
  });

  it("GIVEN the writer's own doubt THEN nothing in the clause is read", () => {
    expect(read("could be the certificate expired")).toEqual({});
  });

  it.each([
    ["The function requested is not supported", "credssp"],
    ["the local security authority cannot be contacted", "credssp"],
    ["'connection reset' from freerdp", "other"],
    ["the remote computer is not available on the network", "code-0x204"],
    ["a certificate pop up, then it closes", "cert-warning"],
  ])("GIVEN %j THEN the error reads %s", (text, answer) => {
    expect(read(text)["error-shown"]).toBe(answer);
  });

  it.each([
    ["the cert ran out on monday", "expired"],
    ["the certificate is issued to the old name", "name-mismatch"],
    ["wrong cert name", "name-mismatch"],
  ])("GIVEN %j THEN the warning's detail reads %s", (text, answer) => {
    expect(read(text)["cert-warning-detail"]).toBe(answer);
  });
});

describe("time and change", () => {
  it.each([
    "renamed it and since then 0x904",
    "the agent went in on tuesday, ever since rdp fails",
    "started friday",
    "since the new agent went onto the servers",
    "since the dns cleanup",
    "before it was working good",
  ])("GIVEN %j THEN it worked and stopped at once", (text) => {
    expect(read(text)["since-when"]).toBe("sudden");
  });

  it.each([
    ["spun up a new ec2 instance yesterday", "new-server"],
    ["restored from backup onto a fresh vm", "new-server"],
    ["every vm we deploy from the template", "new-server"],
  ])("GIVEN %j THEN since-when reads %s, the more specific than a date", (text, answer) => {
    expect(read(text)["since-when"]).toBe(answer);
  });

  it("GIVEN a bare date next to a change THEN no since-when is guessed from the date alone", () => {
    expect(read("renamed the server last night")["since-when"]).toBeUndefined();
  });

  it.each([
    ["moved it to the new vcenter cluster", "dns-or-migration"],
    ["vmotioned to another host", "dns-or-migration"],
    ["the firewall team moved the dmz rules", "firewall-change"],
    ["rejoined it to the domain", "renamed"],
    ["the trust relationship broke so we rejoin it", "renamed"],
    ["after last nights updates", "updates"],
    ["we make the update of server on sunday", "updates"],
    ["pointed the listener at the new thumbprint", "certificate"],
    ["enforced tls 1.2 only", "hardening"],
    ["the firewall at the site was replaced on saturday", "firewall-change"],
    ["eset on the terminal server auto-updated overnight", "security-product-change"],
    ["the cname still points at the old node", "dns-or-migration"],
    ["network swapped the core switch over the weekend", "firewall-change"],
    ["installed bitdefender on the rd host", "security-product-change"],
    ["Since: after the GPO update today", "hardening"],
    ["the crowdstrike sensor went on the rds hosts", "security-product-change"],
  ])("GIVEN %j THEN the change reads %s", (text, answer) => {
    expect(read(text)["recent-change"]).toBe(answer);
  });

  it.each([
    ["my laptop got 24H2 last week", "client-updated"],
    ["brand new thinkpad", "new-machine"],
    ["since IT put sophos on my pc", "security-or-vpn-installed"],
  ])("GIVEN %j THEN the client change reads %s", (text, answer) => {
    expect(read(text)["client-change"]).toBe(answer);
  });

  it("GIVEN a server left without patches for years THEN the server is the one behind", () => {
    expect(read("the 2012 box hasn't seen a patch since 2017")["credssp-patch-level"]).toBe("server-behind");
  });
});

describe("attacks and patterns", () => {
  it.each([
    "thousands of 4625s overnight",
    "password spraying from random IPs",
    "the box is being bruteforced",
    "event log full of logon failures",
  ])("GIVEN %j THEN the server reads as under attack", (text) => {
    expect(read(text)["internet-exposed"]).toBe("under-attack");
  });

  it.each([
    "works maybe 1 in 3 tries",
    "connects 2 out of 5 times",
    "every other attempt fails",
    "it's hit or miss",
    "probably half the time it works",
  ])("GIVEN %j THEN some attempts work (a hedge before a number rounds it)", (text) => {
    expect(read(text).pattern).toBe("sometimes");
  });

  it("GIVEN a hedge before a word THEN it still doubts the clause", () => {
    expect(read("maybe sometimes, not sure")).toEqual({});
  });
});

describe("the moment it fails", () => {
  it.each([
    ["dropped a minute or two into the session", "mid-session"],
    ["freezes and reconnects", "mid-session"],
    ["it drops right at connect", "at-connect"],
    ["stuck, then a timeout", "hangs-then-fails"],
    ["a blank screen, then gone", "black-screen"],
  ])("GIVEN %j THEN it reads %s", (text, answer) => {
    expect(read(text)["when-fails"]).toBe(answer);
  });
});

describe("addresses, products and tests in their own words", () => {
  it.each([
    ["mstsc 10.1.4.22 works perfectly", "ip-works"],
    ["by name it fails, 192.168.1.20 connects fine", "ip-works"],
    ["10.0.0.5 gives the same error", "same-failure"],
  ])("GIVEN an address typed out, %j THEN by-ip reads %s", (text, answer) => {
    expect(read(text)["by-ip"]).toBe(answer);
  });

  it("GIVEN a version number with dots THEN it is not read as an address", () => {
    expect(read("tls 1.2 only, by name it fails")["by-ip"]).toBeUndefined();
  });

  it.each([
    ["since the new fortigate went in", "firewall-change"],
    ["trend micro on the server got an agent update", "security-product-change"],
    ["we set encryption oracle remediation to force updated clients", "hardening"],
  ])("GIVEN %j THEN the change reads %s", (text, answer) => {
    expect(read(text)["recent-change"]).toBe(answer);
  });

  it("GIVEN the CredSSP policy named, not its error THEN no error is read", () => {
    expect(read("set encryption oracle remediation to mitigated")["error-shown"]).toBeUndefined();
  });

  it.each([
    ["with cisco secure client connected it stalls, disconnect the vpn and it works", "vpn-only-fails"],
  ])("GIVEN %j THEN the path reads %s", (text, answer) => {
    expect(read(text)["network-path"]).toBe(answer);
  });

  it.each([
    ["tcp 3389 tests fine", "true"],
    ["Test-NetConnection 3389 => TcpTestSucceeded False", "false"],
    ["nmap shows 3389 filtered", "false"],
    ["telnet 3389 connection refused", "false"],
  ])("GIVEN a port test reported as %j THEN it reads %s", (text, answer) => {
    expect(read(text)["port-test"]).toBe(answer);
  });

  it.each([
    ["my other laptop works fine", "only-this-client"],
    ["it's the only machine that can't get on", "only-this-client"],
    ["same here", "everyone"],
    ["all their rdp users get kicked", "everyone"],
    ["all the mac users get kicked", "some"],
  ])("GIVEN %j THEN who is affected reads %s", (text, answer) => {
    expect(read(text)["who-affected"]).toBe(answer);
  });
});

describe("precision: a name or a count about something else states nothing here", () => {
  it.each([
    ["we have sophos on the servers too", "client-security"],
    ["i tried anydesk, also fails", "console-access"],
    ["a reboot fixes nothing", "pattern"],
    ["the idle timeout is 30 minutes", "when-fails"],
    ["2 out of 3 admins get it", "pattern"],
    ["the cert is for rds01, which matches", "cert-warning-detail"],
    ["I installed the rdp file on my laptop", "client-change"],
    ["sentinelone quarantined something on my pc", "recent-change"],
    ["installed bitdefender on the rd session host", "client-change"],
    ["by ip it connects every time", "pattern"],
    ["since the updates on my laptop it fails", "recent-change"],
    ["the hq servers are reachable fine", "who-affected"],
    ["unpatched since 2017", "server-os"],
  ])("GIVEN %j THEN %s is not read", (text, question) => {
    expect(read(text)[question]).toBeUndefined();
  });

  it("GIVEN a count of people THEN it is who is affected, not how often", () => {
    expect(read("2 out of 3 admins get it")).toEqual({ "who-affected": "some" });
  });
});

describe("the new rules stay linear", () => {
  it.each([
    ["hedges before numbers", (n: number) => "maybe 1 in 3 ".repeat(n / 13)],
    ["quoted hedges", (n: number) => "this could be due to ".repeat(n / 21)],
    ["server years with nouns", (n: number) => "the 2016 rdsh and 2019 ".repeat(n / 23)],
  ])("GIVEN %s THEN one read of n characters costs what sixteen reads of n/16 cost", (_, killer) => {
    expect(capToSixteenthsRatio(flow, killer)).toBeLessThan(4);
  });
});
