/**
 * An IP address as bytes, so ranges compare numerically whatever text form the address arrived in
 * (decimal, octal, hex, shortened, IPv4-mapped...). Text forms are for people; decisions use bytes.
 */
export type IpAddress = Ipv4Address | Ipv6Address;

export interface Ipv4Address {
  family: 4;
  /** Four bytes, network order. */
  bytes: readonly number[];
}

export interface Ipv6Address {
  family: 6;
  /** Sixteen bytes, network order. */
  bytes: readonly number[];
  /** The scope after `%` (`fe80::1%eth0`), as getaddrinfo may return it for link-local names. */
  zone?: string;
}
