package serve

import (
	"net"
	"strconv"
	"strings"
)

// hostCheck decides which Host headers the server answers: the names it
// was bound under (the -addr host as written), localhost, loopback
// addresses, and the address it listens on, each with its port. Bound to
// every interface (0.0.0.0, ::), any IP address is accepted too: DNS
// rebinding needs a host name, and other machines reach the server by
// address.
type hostCheck struct {
	port  string
	names map[string]bool // lower case, without a trailing dot
	anyIP bool
}

func allowedHosts(addr string, ln net.Addr) hostCheck {
	h := hostCheck{names: map[string]bool{"localhost": true}}
	if tcp, ok := ln.(*net.TCPAddr); ok {
		h.port = strconv.Itoa(tcp.Port)
		h.anyIP = tcp.IP.IsUnspecified()
		h.names[normalHost(tcp.IP.String())] = true
	}
	if host, _, err := net.SplitHostPort(addr); err == nil && host != "" {
		h.names[normalHost(host)] = true
	}
	return h
}

func normalHost(h string) string {
	h = strings.TrimSuffix(strings.ToLower(h), ".")
	if ip := net.ParseIP(strings.Trim(h, "[]")); ip != nil {
		return ip.String()
	}
	return h
}

// ok reports whether a request's Host header names this server.
func (h hostCheck) ok(host string) bool {
	name, port, err := net.SplitHostPort(host)
	if err != nil {
		name, port = host, "80" // no port: the scheme's
	}
	if port != h.port {
		return false
	}
	name = normalHost(name)
	if ip := net.ParseIP(name); ip != nil {
		return ip.IsLoopback() || h.anyIP || h.names[ip.String()]
	}
	return h.names[name]
}

// listenIP is the IP address a listener is bound to; nil when it is not
// TCP.
func listenIP(a net.Addr) net.IP {
	if tcp, ok := a.(*net.TCPAddr); ok {
		return tcp.IP
	}
	return nil
}
