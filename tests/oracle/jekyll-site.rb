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
require 'jekyll'
require 'tmpdir'

Jekyll.logger.log_level = :error
source = File.expand_path(ARGV[0])
Dir.mktmpdir do |destination|
  file = File.join(source, '_config.yml')
  settings = File.exist?(file) ? (Jekyll::Utils.safe_load_yaml(File.read(file)) || {}) : {}
  settings = settings.merge(
    'source' => source, 'destination' => destination, 'quiet' => true,
    'plugins' => [], 'gems' => [], 'whitelist' => [], 'theme' => nil, 'future' => true,
    'unpublished' => true,
    # Nothing is written into the site (it may be read-only, or not ours).
    'disable_disk_cache' => true
  )
  config = Jekyll::Configuration.from(settings)
  site = Jekyll::Site.new(config)
  site.reset
  site.read
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
