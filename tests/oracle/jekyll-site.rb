# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every post of a Jekyll site as `jekyll build` does (front matter,
# Liquid with the site's and page's values, then the site's Markdown
# converter), and prints each post's content: the HTML that goes into the
# page's layout. Plugins and themes the site names are left out (they are
# not installed here); everything else is Jekyll's own. Nothing is written
# into the site.
#
# usage:  ruby jekyll-site.rb SITE_DIR
# stdout: a JSON object, post path relative to the site => its HTML, or
#         "ERROR: ..." when Jekyll fails on it
require 'json'
require_relative 'jekyll-read'

read_jekyll_site(File.expand_path(ARGV[0]), 'future' => true, 'unpublished' => true) do |site|
  payload = site.site_payload
  result = {}
  site.posts.docs.each do |document|
    result[document.relative_path] = begin
      Jekyll::Renderer.new(site, document, payload).run
      document.content
    rescue StandardError => e
      "ERROR: #{e.class}: #{e.message}"
    end
  end
  puts JSON.generate(result)
end
